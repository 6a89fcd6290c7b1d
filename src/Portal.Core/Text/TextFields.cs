namespace Portal.Core.Text;

/// <summary>How long a text field may be; long Markdown texts follow <see cref="MarkdownLimits.MaxLength"/>.</summary>
public static class TextFields
{
    /// <summary>Longest one-line text (a title, a name, an address, one line of a list).</summary>
    public const int MaxShortLength = 1_000;
}
