namespace SearchEngine;

/// <summary>
/// How much text one input file may unpack to, and how long one of its lines may be. A gzip of a megabyte
/// can expand to a gigabyte of a single line, which a line reader would try to hold as one string.
/// </summary>
/// <param name="MaxBytes">Decompressed bytes in all; null for files the operator chose (the CLI).</param>
/// <param name="MaxLineBytes">Bytes between two line breaks.</param>
public sealed record InputLimits(long? MaxBytes, int MaxLineBytes)
{
    /// <summary>Far above any real record line (a patent with its full description is well under a megabyte).</summary>
    public const int DefaultMaxLineBytes = 16 * 1024 * 1024;

    /// <summary>No total limit, the default line limit: what every data file is read with.</summary>
    public static InputLimits Default { get; } = new(null, DefaultMaxLineBytes);
}
