using System.Globalization;

namespace Portal.Media;

/// <summary>Sizes in French for the back office ("1,2 Mo, 1600 × 900 px").</summary>
internal static class MediaSizes
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Describe(MediaItem media)
    {
        var bytes = media.Size >= 1024 * 1024
            ? string.Create(French, $"{media.Size / (1024d * 1024d):0.#} Mo")
            : string.Create(French, $"{Math.Max(1, media.Size / 1024)} ko");
        return media.Width is { } w && media.Height is { } h ? string.Create(French, $"{bytes}, {w} × {h} px") : bytes;
    }
}
