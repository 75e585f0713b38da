namespace SearchEngine.Patents.Import;

/// <summary>A read-only stream that returns some already-read bytes, then the rest of the inner stream.</summary>
internal sealed class ReplayStream(byte[] head, Stream inner) : Stream
{
    private int _headPos;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_headPos < head.Length)
        {
            var n = Math.Min(count, head.Length - _headPos);
            Array.Copy(head, _headPos, buffer, offset, n);
            _headPos += n;
            return n;
        }

        return inner.Read(buffer, offset, count);
    }

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
