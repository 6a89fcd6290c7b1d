using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Media;
using Portal.Media.Storage;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Media;

/// <summary>The media table on each database engine: an upload is recorded, listed, and deleted with its files.</summary>
public abstract class MediaStoreTests(DatabaseEngine engine)
{
    [Fact]
    public async Task Upload_is_recorded_listed_and_deleted_with_its_files()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var scope = database.Scope();
        var library = scope.ServiceProvider.GetRequiredService<MediaLibrary>();
        var storage = scope.ServiceProvider.GetRequiredService<MediaStorage>();

        var image = await library.UploadAsync(new UploadRequest(new MemoryStream(TestFiles.JpegWithGps(900, 600)), "vue.jpg", "Vue", "Vue du quartier", "editeur@exemple.fr"), ct);
        var document = await library.UploadAsync(new UploadRequest(new MemoryStream(TestFiles.Docx()), "rapport.docx", "Rapport", null, "editeur@exemple.fr"), ct);

        Assert.True(image.Succeeded && document.Succeeded, image.Error ?? document.Error);
        var listed = await library.ListAsync(ct);
        Assert.Equal(2, listed.Count);
        var stored = Assert.Single(listed, m => m.Kind == MediaKind.Image);
        Assert.Equal((900, 600, "Vue du quartier"), (stored.Width!.Value, stored.Height!.Value, stored.AltText));
        Assert.Equal(6, Directory.GetFiles(storage.Folder(stored.Id)!).Length);

        Assert.True((await scope.ServiceProvider.GetRequiredService<MediaDeletion>().DeleteAsync(stored.Id, "editeur@exemple.fr", [], ct)).Deleted);
        Assert.False(Directory.Exists(storage.Folder(stored.Id)));
        Assert.Null(await library.FindAsync(stored.Id, ct));
        Assert.Single(await library.ListAsync(ct));
    }
}

public sealed class SqliteMediaStoreTests() : MediaStoreTests(DatabaseEngine.Sqlite);

public sealed class PostgreSqlMediaStoreTests() : MediaStoreTests(DatabaseEngine.PostgreSql);
