using System.IO.Compression;

namespace Portal.Core.Files;

/// <summary>
/// Reads ZIP entries (Word, OpenDocument) with a cap on their uncompressed size, checked on the size
/// the archive declares and again on the bytes actually inflated: a 305 KB .docx can hold 100 MB of XML.
/// </summary>
public static class BoundedZip
{
    /// <summary>The entry's content, which stops with an <see cref="InvalidDataException"/> (French message) past <paramref name="maxBytes"/>.</summary>
    public static Stream Open(ZipArchiveEntry entry, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Length > maxBytes)
        {
            throw TooLarge(entry, maxBytes);
        }

        return new CappedStream(entry.Open(), maxBytes, () => TooLarge(entry, maxBytes));
    }

    private static InvalidDataException TooLarge(ZipArchiveEntry entry, long maxBytes) =>
        new($"Ce fichier est refusé : une fois décompressée, sa partie « {entry.FullName} » dépasse {maxBytes / (1024 * 1024)} Mo.");

    /// <summary>Counts what is read and fails past the cap, whatever the archive declared.</summary>
    private sealed class CappedStream(Stream inner, long maxBytes, Func<Exception> tooLarge) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Counted(inner.Read(buffer));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Counted(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private int Counted(int read)
        {
            _read += read;
            return _read > maxBytes ? throw tooLarge() : read;
        }
    }
}
