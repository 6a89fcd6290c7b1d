using System.Net;
using Microsoft.AspNetCore.Hosting;
using Portal.Core.Identity;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Media;

/// <summary>The configured size limits through the upload form.</summary>
public sealed class MediaLimitsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Oversized_upload_is_refused_beside_the_file_field_or_stopped_while_streaming()
    {
        using var small = factory.WithWebHostBuilder(b => b
            .UseSetting("Portal:Media:MaxImageBytes", "1000")
            .UseSetting("Portal:Media:MaxDocumentBytes", "1000"));
        using var editor = await BrowserlessUser.SignedInAsync(small, PortalRoles.Editor);
        var mediaFolder = Path.Combine(factory.DataPath, "media");

        // The demo's own documents are there already: the refused uploads must add nothing to them.
        string[] Files() => Directory.Exists(mediaFolder) ? [.. Directory.EnumerateFiles(mediaFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)] : [];
        var before = Files();

        // Over the document limit but under the request limit: counted, refused with the limit in French.
        var pdf = new byte[5000];
        TestFiles.Pdf().CopyTo(pdf, 0);
        var counted = await MediaForm.UploadAsync(editor, pdf, "gros.pdf", "application/pdf", title: "Gros");
        var message = await MediaForm.FieldErrorAsync(counted, "fichier");
        Assert.StartsWith("Erreur : Le fichier est trop volumineux : un document ne doit pas dépasser 1", message, StringComparison.Ordinal);
        Assert.EndsWith("000 octets.", message, StringComparison.Ordinal);

        // Over the request limit: the form reader stops it before the page runs.
        var huge = new byte[200 * 1024];
        TestFiles.Pdf().CopyTo(huge, 0);
        var stopped = await MediaForm.UploadAsync(editor, huge, "enorme.pdf", "application/pdf", title: "Énorme");
        Assert.True(stopped.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"answered {(int)stopped.StatusCode}");

        Assert.Equal(before, Files());
    }
}
