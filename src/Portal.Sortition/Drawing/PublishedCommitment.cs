using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Sortition.Drawing;

/// <summary>
/// A commitment as published before the draw: its hash and, when read from the public draw page, when it
/// became public and when the randomness did. The page marks each one as
/// <c>&lt;data class="tirage-engagement" value="hash" data-publie="ISO 8601" data-alea="ISO 8601"&gt;</c>.
/// </summary>
public sealed partial record PublishedCommitment(string Hash, DateTime? PublishedUtc = null, DateTime? RandomnessUtc = null)
{
    /// <summary>Every commitment marked on a draw page (the current draw and the earlier ones).</summary>
    public static IReadOnlyList<PublishedCommitment> FromPage(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return DataElement().Matches(html)
            .Select(m => m.Value)
            .Where(tag => Attribute(tag, "class")?.Split(' ').Contains("tirage-engagement") == true)
            .Select(tag => new PublishedCommitment((Attribute(tag, "value") ?? string.Empty).ToLowerInvariant(), Date(Attribute(tag, "data-publie")), Date(Attribute(tag, "data-alea"))))
            .Where(c => c.Hash.Length == 64)
            .ToList();
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\s{Regex.Escape(name)}\\s*=\\s*(\"([^\"]*)\"|'([^']*)')", RegexOptions.CultureInvariant);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[2].Success ? match.Groups[2].Value : match.Groups[3].Value) : null;
    }

    private static DateTime? Date(string? iso) =>
        DateTime.TryParseExact(iso, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date) ? date : null;

    [GeneratedRegex("<data\\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DataElement();
}
