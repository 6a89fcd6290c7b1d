using Portal.Media;
using Portal.Media.Imaging;

namespace Portal.Tests.Media;

public sealed class MediaHtmlTests
{
    private static readonly MediaItem Photo = new()
    {
        Id = "0123456789abcdef0123456789abcdef",
        Kind = MediaKind.Image,
        Title = "Séance",
        AltText = "Les citoyens votent \"pour\" <à main levée>",
        OriginalFileName = "seance.jpg",
        ContentType = "image/jpeg",
        Extension = "jpg",
        Sha256 = new string('a', 64),
        Width = 3000,
        Height = 2000,
        CreatedBy = "editeur@exemple.fr",
    };

    [Fact]
    public void Picture_offers_webp_then_jpeg_with_the_encoded_alt_text_and_the_profile_size()
    {
        var html = MediaHtml.Picture(Photo, ImageProfile.Card).ToString();

        Assert.Equal(
            "<picture><source type=\"image/webp\" srcset=\"/medias/0123456789abcdef0123456789abcdef/card.webp\">" +
            "<img src=\"/medias/0123456789abcdef0123456789abcdef/card.jpg\" alt=\"Les citoyens votent &quot;pour&quot; &lt;à main levée&gt;\" width=\"640\" height=\"427\" loading=\"lazy\" decoding=\"async\"></picture>",
            html);
    }

    [Theory]
    [InlineData(200, 100, 320, 200, 100)]
    [InlineData(3000, 1500, 1600, 1600, 800)]
    [InlineData(1500, 3000, 640, 320, 640)]
    public void Fit_matches_the_size_libvips_gives(int width, int height, int maxSide, int expectedWidth, int expectedHeight) =>
        Assert.Equal((expectedWidth, expectedHeight), MediaHtml.Fit(width, height, maxSide));
}
