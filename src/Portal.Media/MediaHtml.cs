using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;
using Portal.Media.Imaging;

namespace Portal.Media;

/// <summary>Addresses and HTML for pages that show media.</summary>
public static class MediaHtml
{
    // Accented French stays readable in the markup; quotes and angle brackets are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Url(MediaItem media, ImageProfile profile, string format)
    {
        ArgumentNullException.ThrowIfNull(media);
        ArgumentNullException.ThrowIfNull(profile);
        return $"/medias/{media.Id}/{profile.Name}.{format}";
    }

    public static string DocumentUrl(MediaItem media)
    {
        ArgumentNullException.ThrowIfNull(media);
        return $"/medias/{media.Id}/document.{media.Extension}";
    }

    /// <summary>A &lt;picture&gt; with a WebP source, a JPEG fallback, the alt text and the profile's size (no layout shift).</summary>
    public static IHtmlContent Picture(MediaItem media, ImageProfile profile, string? cssClass = null)
    {
        ArgumentNullException.ThrowIfNull(media);
        ArgumentNullException.ThrowIfNull(profile);
        var (width, height) = Fit(media.Width ?? profile.MaxSide, media.Height ?? profile.MaxSide, profile.MaxSide);
        var css = cssClass is null ? string.Empty : $" class=\"{Encoder.Encode(cssClass)}\"";
        return new HtmlString(string.Create(CultureInfo.InvariantCulture,
            $"<picture{css}><source type=\"image/webp\" srcset=\"{Url(media, profile, "webp")}\">" +
            $"<img src=\"{Url(media, profile, "jpg")}\" alt=\"{Encoder.Encode(media.AltText)}\" width=\"{width}\" height=\"{height}\" loading=\"lazy\" decoding=\"async\"></picture>"));
    }

    /// <summary>The size libvips gives an image of <paramref name="width"/>×<paramref name="height"/> in a box of <paramref name="maxSide"/>.</summary>
    public static (int Width, int Height) Fit(int width, int height, int maxSide)
    {
        if (width <= maxSide && height <= maxSide)
        {
            return (width, height);
        }

        var scale = (double)maxSide / Math.Max(width, height);
        return (Math.Max(1, (int)Math.Round(width * scale)), Math.Max(1, (int)Math.Round(height * scale)));
    }
}
