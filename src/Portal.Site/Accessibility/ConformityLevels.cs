using Portal.Core.Settings;

namespace Portal.Site.Accessibility;

/// <summary>The three conformity levels of the RGAA, as stored (keys) and as said (the footer's mention).</summary>
public static class ConformityLevels
{
    public const string None = "non-conforme";
    public const string Partial = "partiellement-conforme";
    public const string Full = "totalement-conforme";

    public static readonly IReadOnlyList<VocabularyTerm> Terms =
    [
        new(None, "non conforme"),
        new(Partial, "partiellement conforme"),
        new(Full, "totalement conforme"),
    ];

    /// <summary>The words of the level; a site without a published statement is « non conforme » (the law's default).</summary>
    public static string LabelOf(string? key) => Terms.FirstOrDefault(t => t.Key == key)?.Label ?? Terms[0].Label;
}
