using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetVips;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Media;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Media;

/// <summary>The upload form through HTTP: types from content, metadata stripped, profiles, French errors.</summary>
public sealed class MediaUploadTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Renamed_executable_is_refused_and_nothing_is_stored()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var before = await SnapshotAsync();

        var response = await MediaForm.UploadAsync(editor, TestFiles.WindowsExecutable(), "photo.jpg", "image/jpeg", altText: "Une photo");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("programme", await MediaForm.FieldErrorAsync(response, "fichier"), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Linux_program_renamed_as_pdf_is_refused()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var program = File.Exists("/bin/ls") ? (await File.ReadAllBytesAsync("/bin/ls", Cancel))[..4096] : [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0];

        var response = await MediaForm.UploadAsync(editor, program, "rapport.pdf", "application/pdf", title: "Rapport");

        Assert.Contains("programme", await MediaForm.FieldErrorAsync(response, "fichier"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gps_position_and_every_exif_field_are_gone_from_every_profile()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var original = TestFiles.JpegWithGps(1200, 900);
        using (var check = Image.NewFromBuffer(original))
        {
            Assert.Contains("exif-ifd3-GPSLatitude", check.GetFields()); // the test image really carries a position
        }

        var id = await MediaForm.StoredIdAsync(await MediaForm.UploadAsync(editor, original, "IMG_2041.JPG", "image/jpeg", altText: "La salle du conseil pendant la séance plénière"));

        using var anonymous = new BrowserlessUser(factory);
        foreach (var profile in new[] { "thumbnail", "card", "full" })
        {
            foreach (var format in new[] { "jpg", "webp" })
            {
                var bytes = await anonymous.Client.GetByteArrayAsync(new Uri($"/medias/{id}/{profile}.{format}", UriKind.Relative), Cancel);
                using var served = Image.NewFromBuffer(bytes);
                var fields = served.GetFields();
                Assert.DoesNotContain("exif-data", fields);
                Assert.DoesNotContain(fields, f => f.StartsWith("exif-", StringComparison.Ordinal) || f is "xmp-data" or "iptc-data" or "icc-profile-data");
                Assert.Equal(-1, bytes.AsSpan().IndexOf("Exif\0\0"u8));
            }
        }
    }

    [Fact]
    public async Task Image_is_rotated_upright_and_reduced_to_each_profile()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);

        // 3000×1500 stored sideways (orientation 6: rotate 90°): upright it is 1500×3000.
        var id = await MediaForm.StoredIdAsync(await MediaForm.UploadAsync(editor, TestFiles.JpegWithGps(3000, 1500, orientation: 6), "portrait.jpg", "image/jpeg", altText: "Portrait"));

        using var anonymous = new BrowserlessUser(factory);
        foreach (var (profile, width, height) in new[] { ("thumbnail", 160, 320), ("card", 320, 640), ("full", 800, 1600) })
        {
            foreach (var format in new[] { "jpg", "webp" })
            {
                var bytes = await anonymous.Client.GetByteArrayAsync(new Uri($"/medias/{id}/{profile}.{format}", UriKind.Relative), Cancel);
                using var served = Image.NewFromBuffer(bytes);
                Assert.Equal((width, height), (served.Width, served.Height));
            }
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var media = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<MediaItem>().SingleAsync(m => m.Id == id, Cancel);
        Assert.Equal((1500, 3000), (media.Width, media.Height));
        Assert.Equal("portrait.jpg", media.OriginalFileName);
    }

    [Fact]
    public async Task Small_image_is_never_enlarged()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var id = await MediaForm.StoredIdAsync(await MediaForm.UploadAsync(editor, TestFiles.Png(200, 100), "logo.png", "image/png", altText: "Logo de la démarche"));

        using var anonymous = new BrowserlessUser(factory);
        var bytes = await anonymous.Client.GetByteArrayAsync(new Uri($"/medias/{id}/full.webp", UriKind.Relative), Cancel);
        using var served = Image.NewFromBuffer(bytes);
        Assert.Equal((200, 100), (served.Width, served.Height));
    }

    [Fact]
    public async Task Image_without_alternative_text_is_refused_with_the_message_beside_the_field()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var before = await SnapshotAsync();

        var response = await MediaForm.UploadAsync(editor, TestFiles.Png(50, 50), "schema.png", "image/png", title: "Schéma", altText: "  ");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Le texte alternatif est obligatoire", await MediaForm.FieldErrorAsync(response, "TexteAlternatif"), StringComparison.Ordinal);
        Assert.True(MediaForm.Described(await BrowserlessUser.ParseAsync(MediaForm.Path, response), "TexteAlternatif"));
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Pdf_is_accepted_and_served_inline_under_its_name()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var id = await MediaForm.StoredIdAsync(await MediaForm.UploadAsync(editor, TestFiles.Pdf(), "Mandat de la convention.pdf", "application/octet-stream", title: "Mandat"));

        using var anonymous = new BrowserlessUser(factory);
        var response = await anonymous.Client.GetAsync(new Uri($"/medias/{id}/document.pdf", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("Mandat de la convention.pdf", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Word_document_is_accepted_even_named_otherwise_and_downloads()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var id = await MediaForm.StoredIdAsync(await MediaForm.UploadAsync(editor, TestFiles.Docx(), "rapport.zip", "application/zip", title: "Rapport des citoyens"));

        using var anonymous = new BrowserlessUser(factory);
        var response = await anonymous.Client.GetAsync(new Uri($"/medias/{id}/document.docx", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("rapport.docx", response.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task Zip_that_is_not_an_office_document_is_refused()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var before = await SnapshotAsync();

        var response = await MediaForm.UploadAsync(editor, TestFiles.PlainZip(), "rapport.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", title: "Rapport");

        Assert.Contains("n'est pas un document Word", await MediaForm.FieldErrorAsync(response, "fichier"), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Document_without_title_is_refused()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);

        var response = await MediaForm.UploadAsync(editor, TestFiles.Pdf(), "a.pdf", "application/pdf");

        Assert.Contains("Le titre est obligatoire", await MediaForm.FieldErrorAsync(response, "Titre"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_file_is_refused_as_an_unaccepted_type()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);

        var response = await MediaForm.UploadAsync(editor, "<svg onload=alert(1)>"u8.ToArray(), "logo.png", "image/png", altText: "Logo");

        Assert.Contains("n'est pas accepté", await MediaForm.FieldErrorAsync(response, "fichier"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Served_files_are_cached_for_a_year_and_never_sniffed()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var id = await MediaForm.StoredIdAsync(await MediaForm.UploadAsync(editor, TestFiles.Png(400, 300), "carte.png", "image/png", altText: "Carte du territoire"));

        using var anonymous = new BrowserlessUser(factory);
        var response = await anonymous.Client.GetAsync(new Uri($"/medias/{id}/card.webp", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/webp", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", string.Join(", ", response.Headers.GetValues("Cache-Control")));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData("/medias/0123456789abcdef0123456789abcdef/full.jpg")]
    [InlineData("/medias/..%2F..%2Fportal.db/full.jpg")]
    [InlineData("/medias/pas-un-id/card.webp")]
    public async Task Unknown_media_answers_the_french_404_page(string path)
    {
        using var anonymous = new BrowserlessUser(factory);

        var response = await anonymous.Client.GetAsync(new Uri(path, UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page introuvable", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_profile_of_a_known_image_is_not_found()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var id = await MediaForm.StoredIdAsync(await MediaForm.UploadAsync(editor, TestFiles.Png(40, 40), "a.png", "image/png", altText: "Carré"));

        using var anonymous = new BrowserlessUser(factory);
        foreach (var file in new[] { "original.png", "full.png", "document.pdf", "..%2Fx.jpg" })
        {
            var response = await anonymous.Client.GetAsync(new Uri($"/medias/{id}/{file}", UriKind.Relative), Cancel);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task Editor_deletes_a_media_and_its_files_go()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var id = await MediaForm.StoredIdAsync(await MediaForm.UploadAsync(editor, TestFiles.Png(40, 40), "supprimer.png", "image/png", altText: "À supprimer"));
        var list = await editor.GetAsync("/admin/medias");
        Assert.NotNull(list.QuerySelector($"img[src='/medias/{id}/thumbnail.jpg'][alt='À supprimer']"));

        var response = await editor.SubmitAsync(list, $"#supprimer-{id}", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(Directory.Exists(Path.Combine(factory.DataPath, "media", id)));
        var gone = await editor.Client.GetAsync(new Uri($"/medias/{id}/full.jpg", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Copil_member_sees_the_library_without_upload_or_delete()
    {
        using var member = await BrowserlessUser.SignedInAsync(factory, PortalRoles.CopilMember);

        var list = await member.GetAsync("/admin/medias");

        Assert.Null(list.QuerySelector("a[href='/admin/medias/ajouter']"));
        Assert.Null(list.QuerySelector("table form"));
    }

    [Fact]
    public async Task Copil_member_cannot_delete_even_with_a_forged_form()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var id = await MediaForm.StoredIdAsync(await MediaForm.UploadAsync(editor, TestFiles.Pdf(), "garder.pdf", "application/pdf", title: "À garder"));
        using var member = await BrowserlessUser.SignedInAsync(factory, PortalRoles.CopilMember);
        var list = await member.GetAsync("/admin/medias");
        var token = list.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var forged = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("id", id)]);
        var response = await member.Client.PostAsync(new Uri("/admin/medias?handler=Delete", UriKind.Relative), forged, Cancel);

        Assert.StartsWith("http://localhost/admin/acces-refuse", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(factory.DataPath, "media", id)));
    }

    /// <summary>Rows in the media table and files in the media folder (incoming files included; empty folders are no data).</summary>
    private async Task<(int Rows, int Entries)> SnapshotAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<MediaItem>().CountAsync(Cancel);
        var folder = Path.Combine(factory.DataPath, "media");
        var entries = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count() : 0;
        return (rows, entries);
    }
}
