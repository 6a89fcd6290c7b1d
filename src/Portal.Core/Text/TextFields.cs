namespace Portal.Core.Text;

/// <summary>Which record fields are long Markdown texts, and how long any text field may be.</summary>
public static class TextFields
{
    /// <summary>Longest one-line text (a title, a name, an address, one line of a list).</summary>
    public const int MaxShortLength = 1_000;

    private static readonly HashSet<string> LongTexts = new(StringComparer.Ordinal)
    {
        "summary", "objet", "contexte", "finalite", "participantProfile", "governance", "compensation", "text", "notes",
        "synthesis", "motivation", "progress", "body", "description",
    };

    /// <summary>Whether the field (by its JSON name) is a long text written in Markdown.</summary>
    public static bool IsLongText(string name) => LongTexts.Contains(name);

    public static int MaxLengthOf(string name) => IsLongText(name) ? MarkdownLimits.MaxLength : MaxShortLength;
}
