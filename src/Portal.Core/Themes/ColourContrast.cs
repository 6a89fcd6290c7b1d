using System.Globalization;
using System.Text.RegularExpressions;

namespace Portal.Core.Themes;

/// <summary>
/// WCAG 2.1 contrast of a colour with white (1.4.3, RGAA 3.2). The ratio is the same both ways: a colour readable as
/// text on white is one on which white text is readable, so one check covers whatever a theme uses the colour for.
/// </summary>
public static partial class ColourContrast
{
    public const double Minimum = 4.5;

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColour();

    public static bool IsHexColour(string? value) => value is not null && HexColour().IsMatch(value);

    /// <summary>The contrast ratio of <paramref name="hex"/> (<c>#rrggbb</c>) with white, from 1 to 21.</summary>
    public static double WithWhite(string hex) => 1.05 / (Luminance(hex) + 0.05);

    /// <summary>The French message refusing the colour, or null when it is a valid colour with enough contrast.</summary>
    public static string? Problem(string label, string? value)
    {
        if (!IsHexColour(value))
        {
            return $"{label} : « {value} » n'est pas une couleur au format #rrvvbb (par exemple #1f4e79).";
        }

        var ratio = WithWhite(value!);
        return ratio >= Minimum
            ? null
            : string.Create(CultureInfo.GetCultureInfo("fr-FR"),
                $"{label} : {value} n'offre qu'un contraste de {Math.Floor(ratio * 100) / 100:0.##}:1 avec le blanc ; il en faut au moins 4,5:1 (WCAG 1.4.3, RGAA 3.2) pour lire un texte de cette couleur sur fond blanc comme un texte blanc sur cette couleur. Choisissez une teinte plus foncée.");
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }
}
