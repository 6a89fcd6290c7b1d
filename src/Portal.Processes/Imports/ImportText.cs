using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Processes.Imports;

/// <summary>
/// Plain text from a file as Markdown that reads the same. Markdown joins the lines of a paragraph (a single
/// line break is a space), so a body written « Constat :⏎- a⏎- b » or with one line per idea lost its breaks
/// once published; each single break becomes a hard break (two trailing spaces), blank lines stay paragraphs,
/// and what Markdown would take for structure at the start of a line is escaped, so the text reads as it was written.
/// HTML from platform exports (Decidim's <c>&lt;p&gt;</c>) becomes the same plain text first.
/// </summary>
public static partial class ImportText
{
    public static string Markdown(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var lines = Plain(text).Split('\n').Select(line => Literal(line.TrimStart()));
        return SingleBreak().Replace(string.Join('\n', lines), "  \n");
    }

    /// <summary>
    /// A line of plain text whose start Markdown would read as structure (« ----- » under a line makes it a heading,
    /// « - » a list, « 12. » a numbered list, « # » a title, « &gt; » a quote) keeps its characters: the marker is escaped.
    /// </summary>
    private static string Literal(string line)
    {
        if (line.Length > 0 && "#>-+*=|`~_".Contains(line[0], StringComparison.Ordinal))
        {
            return "\\" + line;
        }

        return NumberedStart().Match(line) is { Success: true } number ? line.Insert(number.Length - 1, "\\") : line;
    }

    /// <summary>Line endings as <c>\n</c>, trailing spaces of each line removed, HTML paragraphs and breaks as lines.</summary>
    public static string Plain(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var unified = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (HtmlTag().IsMatch(unified))
        {
            unified = ParagraphEnd().Replace(LineEnd().Replace(unified, "\n"), "\n\n");
            unified = ExtraBlankLines().Replace(WebUtility.HtmlDecode(AnyTag().Replace(unified, string.Empty)), "\n\n");
        }

        return TrailingSpaces().Replace(unified, "\n").Trim();
    }

    [GeneratedRegex(@"^\d{1,9}[.)]", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedStart();

    // A line break with text on both sides (not a blank line, not the end of a paragraph).
    [GeneratedRegex(@"(?<=[^\n])\n(?=[^\n])", RegexOptions.CultureInvariant)]
    private static partial Regex SingleBreak();

    [GeneratedRegex(@"[ \t]+\n", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingSpaces();

    [GeneratedRegex(@"</?(p|br|div|ul|ol|li|strong|em|b|i|a)\b[^>]*>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"<br\s*/?>|</li>\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LineEnd();

    [GeneratedRegex(@"</p>\s*|</div>\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphEnd();

    [GeneratedRegex(@"\n[ \t]*\n(\s*\n)+", RegexOptions.CultureInvariant)]
    private static partial Regex ExtraBlankLines();

    [GeneratedRegex(@"<[^>]+>", RegexOptions.CultureInvariant)]
    private static partial Regex AnyTag();
}
