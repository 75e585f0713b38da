namespace SearchEngine;

/// <summary>
/// A read-only stream that stops with <see cref="InputLimitException"/> once the text it passes on exceeds
/// <see cref="InputLimits"/>, checked on the bytes as they are read, before any reader builds a string of them.
/// </summary>
internal sealed class BoundedInputStream(Stream inner, InputLimits limits) : Stream
{
    private long _total;
    private long _sinceNewline;

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        Count(buffer[..n]);
        return n;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var n = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Count(buffer.Span[..n]);
        return n;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private void Count(ReadOnlySpan<byte> read)
    {
        _total += read.Length;
        if (limits.MaxBytes is { } max && _total > max)
        {
            throw new InputLimitException($"the file unpacks to more than {max:N0} bytes, the most accepted", tooLarge: true);
        }

        // A line that ends inside this read started in an earlier one (or is shorter than a read buffer, far
        // under the limit): only the run of bytes since the last line break has to be tracked.
        var first = read.IndexOf((byte)'\n');
        var line = first < 0 ? _sinceNewline + read.Length : _sinceNewline + first;
        if (line > limits.MaxLineBytes)
        {
            throw new InputLimitException($"a line is longer than {limits.MaxLineBytes:N0} bytes, the most accepted; is this a record file?", tooLarge: false);
        }

        _sinceNewline = first < 0 ? line : read.Length - read.LastIndexOf((byte)'\n') - 1;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _total; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
