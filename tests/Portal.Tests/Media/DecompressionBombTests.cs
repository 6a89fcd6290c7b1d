using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NetVips;
using Portal.Core.Identity;
using Portal.Media.Storage;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Media;

/// <summary>
/// A 390 KB PNG of 100,000 × 1,000 pixels cost 5–9 s and 640 MB to decode: it is now refused from the
/// dimensions in its header, before libvips decodes a single row.
/// </summary>
public sealed class DecompressionBombTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Png_of_100000_by_1000_pixels_is_refused_from_its_header_before_decoding()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var bomb = WideGreyPng();
        // Cut inside its pixel data: decoding would fail (« illisible »), so a refusal naming the
        // dimensions shows the header alone decided.
        var header = bomb[..2048];

        foreach (var (bytes, name) in new[] { (bomb, "bande.png"), (header, "bande-tronquee.png") })
        {
            var response = await MediaForm.UploadAsync(editor, bytes, name, "image/png", altText: "Une bande grise");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var error = await MediaForm.FieldErrorAsync(response, "fichier");
            Assert.Contains("Cette image est trop grande : 100\u202F000 × 1\u202F000 pixels.", error, StringComparison.Ordinal);
        }

        Assert.True(bomb.Length < 1024 * 1024, $"the bomb is {bomb.Length} bytes");
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.DoesNotContain(await scope.ServiceProvider.GetRequiredService<MediaLibrary>().ListAsync(TestContext.Current.CancellationToken), m => m.AltText == "Une bande grise");
    }

    [Fact]
    public async Task Photo_of_48_megapixels_passes_the_header_check()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        using var black = Image.Black(8064, 6048);
        var photo = black.Cast(Enums.BandFormat.Uchar).JpegsaveBuffer(q: 50);

        var response = await MediaForm.UploadAsync(editor, photo, "photo.jpg", "image/jpeg", altText: "Une photo noire");

        Assert.NotNull(await MediaForm.StoredIdAsync(response));
    }

    /// <summary>A real, valid PNG of 100,000 × 1,000 grey pixels: all zeros, so it compresses to a few hundred kilobytes.</summary>
    private static byte[] WideGreyPng()
    {
        using var black = Image.Black(100_000, 1_000);
        using var grey = black.Cast(Enums.BandFormat.Uchar);
        return grey.PngsaveBuffer(compression: 9);
    }
}
