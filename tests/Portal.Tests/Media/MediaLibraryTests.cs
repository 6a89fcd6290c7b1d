using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Media;
using Portal.Media.Storage;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Media;

/// <summary>Size limits, counted while the upload is copied, and the upload page's request limit.</summary>
public sealed class MediaLibraryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Oversized_document_is_refused_with_the_limit_in_french_and_nothing_is_kept()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var library = Library(scope.ServiceProvider, new MediaOptions { MaxDocumentBytes = 100 });
        var pdf = TestFiles.Pdf();
        Assert.True(pdf.Length > 100);

        var result = await library.UploadAsync(new UploadRequest(new MemoryStream(pdf), "gros.pdf", "Gros", null, "test"), Cancel);

        Assert.False(result.Succeeded);
        Assert.Equal(UploadField.File, result.Field);
        Assert.StartsWith("Le fichier est trop volumineux : un document ne doit pas dépasser", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(scope.ServiceProvider.GetRequiredService<MediaStorage>().Incoming));
    }

    [Fact]
    public async Task Oversized_image_is_refused_by_the_image_limit()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var library = Library(scope.ServiceProvider, new MediaOptions { MaxImageBytes = 1000, MaxDocumentBytes = 10_000_000 });

        var result = await library.UploadAsync(new UploadRequest(new MemoryStream(TestFiles.JpegWithGps(800, 600)), "photo.jpg", null, "Photo", "test"), Cancel);

        Assert.Contains("une image ne doit pas dépasser", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Copy_stops_at_the_limit_of_an_endless_upload()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var library = Library(scope.ServiceProvider, new MediaOptions { MaxDocumentBytes = 1024 * 1024 });
        var endless = new EndlessStream("%PDF-1.7\n"u8.ToArray());

        var result = await library.UploadAsync(new UploadRequest(endless, "sans-fin.pdf", "Sans fin", null, "test"), Cancel);

        Assert.False(result.Succeeded);
        Assert.True(endless.Position < 2 * 1024 * 1024, $"read {endless.Position} bytes");
    }

    [Fact]
    public async Task Stored_media_records_hash_size_type_and_author()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var library = scope.ServiceProvider.GetRequiredService<MediaLibrary>();
        var pdf = TestFiles.Pdf();

        var result = await library.UploadAsync(new UploadRequest(new MemoryStream(pdf), "C:\\Users\\moi\\Bureau\\<Compte rendu>.exe", "Compte rendu", null, "editeur@exemple.fr"), Cancel);

        Assert.True(result.Succeeded, result.Error);
        var stored = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<MediaItem>().AsNoTracking().SingleAsync(m => m.Id == result.Media!.Id, Cancel);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), stored.Sha256);
        Assert.Equal(pdf.Length, stored.Size);
        Assert.Equal("application/pdf", stored.ContentType);
        Assert.Equal("Compte rendu.pdf", stored.OriginalFileName);
        Assert.Equal("editeur@exemple.fr", stored.CreatedBy);
        Assert.True(File.Exists(Path.Combine(factory.DataPath, "media", stored.Id, "document.pdf")));
    }

    private static MediaLibrary Library(IServiceProvider services, MediaOptions options) =>
        new(services.GetRequiredService<PortalDbContext>(), services.GetRequiredService<MediaStorage>(), options, new Portal.Media.Imaging.DecodingGate(options), TimeProvider.System);

    /// <summary>A stream that starts with <c>head</c> and never ends, counting what was read.</summary>
    private sealed class EndlessStream(byte[] head) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            for (var i = 0; i < count; i++)
            {
                buffer[offset + i] = _position + i < head.Length ? head[_position + i] : (byte)' ';
            }

            _position += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
