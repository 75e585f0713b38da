namespace SearchEngine.Patents;

/// <summary>A query term and one of its translations: <c>"điốt phát quang" → "light emitting diode"</c>, into <see cref="Language"/> (<c>en</c>/<c>vi</c>).</summary>
public sealed record QueryTranslation(string From, string To, string Language)
{
    public override string ToString() => $"\"{From}\" → \"{To}\"";
}
