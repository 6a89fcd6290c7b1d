using System.Globalization;
using Portal.Core.Text;

namespace Portal.Sortition.Storage;

/// <summary>A UTC instant in French for messages and pages (« 1 décembre 2026 à 20:15 UTC »), and in ISO 8601 for machines.</summary>
public static class UtcText
{
    public static string French(DateTime utc) => $"{Portal.Core.Text.French.Date(utc)} à {utc.ToString("HH:mm", Portal.Core.Text.French.Culture)} UTC";

    /// <summary>For the public: Paris wall-clock time like every other date of the site, said as such.</summary>
    public static string Paris(DateTime utc) => $"{Portal.Core.Text.French.DateTime(utc)} (heure de Paris)";

    public static string Iso(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

/// <summary>A public draw with when its commitment became public (from the publication history).</summary>
public sealed record PublicDraw(SortitionDraw Draw, DateTime? CommitmentPublishedUtc)
{
    /// <summary>The result is shown only when the commitment was public before the randomness it was drawn with.</summary>
    public bool ResultShown => Draw.IsDrawn && CommitmentPublishedUtc is { } published && Draw.RandomnessUtc is { } randomness && published < randomness;
}
