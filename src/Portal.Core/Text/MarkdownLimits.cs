namespace Portal.Core.Text;

/// <summary>
/// Cheap checks run on a text before Markdig sees it, in one linear pass. Markdig throws beyond its own
/// nesting limit (about 128 levels: 128 « &gt; » break a page) and some inputs cost it quadratic time
/// (2,000 nested lists took a minute; thousands of « [ » or « * » take seconds), so what reaches it is
/// bounded in length, nesting and markup characters. The same checks refuse a text at save and make
/// display fall back to the raw text.
/// </summary>
public static class MarkdownLimits
{
    /// <summary>Longest Markdown text, in characters (the longest real texts seen are about 7,000).</summary>
    public const int MaxLength = 20_000;

    /// <summary>Deepest nesting of quotes and lists on one line, estimated from its markers and indentation.</summary>
    public const int MaxNesting = 32;

    /// <summary>Most markup characters whose handling is quadratic in Markdig: emphasis, links, tables.</summary>
    public const int MaxMarkupCharacters = 2_000;

    private const string MarkupCharacters = "*_~[]|";

    /// <summary>Null when the text may be given to Markdig; otherwise why not, in French.</summary>
    public static string? Check(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxLength)
        {
            return French.Say($"ce texte est trop long : {text.Length:N0} caractères pour {MaxLength:N0} au plus.");
        }

        var markup = 0;
        var bracketDepth = 0;
        var deepest = 0;
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            if (lineStart)
            {
                deepest = Math.Max(deepest, LineNesting(text, i));
            }

            var c = text[i];
            lineStart = c == '\n';
            if (MarkupCharacters.Contains(c, StringComparison.Ordinal))
            {
                markup++;
            }

            bracketDepth = c == '[' ? bracketDepth + 1 : c == ']' ? Math.Max(0, bracketDepth - 1) : bracketDepth;
            deepest = Math.Max(deepest, bracketDepth);
        }

        if (deepest > MaxNesting)
        {
            return French.Say($"ce texte imbrique trop de citations, de listes ou de crochets (niveau {deepest:N0}, {MaxNesting} au plus) : retirez des « > », des retraits de liste ou des « [ ».");
        }

        return markup > MaxMarkupCharacters
            ? French.Say($"ce texte contient trop de caractères de mise en forme (*, _, ~, [, ], |) : {markup:N0} pour {MaxMarkupCharacters:N0} au plus.")
            : null;
    }

    /// <summary>
    /// An upper estimate of the containers a line opens or continues: each « &gt; » or list marker in its
    /// prefix, plus one per two columns of indentation (a nested list item is indented by at least two).
    /// </summary>
    private static int LineNesting(string text, int start)
    {
        var markers = 0;
        var columns = 0;
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ')
            {
                columns++;
                i++;
            }
            else if (c == '\t')
            {
                columns += 4 - (columns % 4);
                i++;
            }
            else if (c == '>')
            {
                markers++;
                i++;
            }
            else if (ListMarkerLength(text, i) is > 0 and var length)
            {
                markers++;
                i += length;
            }
            else
            {
                break;
            }
        }

        return markers + (columns / 2);
    }

    /// <summary>The length of a bullet (« - », « * », « + ») or ordered (« 12. », « 3) ») marker at i, or 0.</summary>
    private static int ListMarkerLength(string text, int i)
    {
        var end = i;
        if (text[i] is '-' or '*' or '+')
        {
            end++;
        }
        else
        {
            while (end < text.Length && end - i < 9 && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            if (end == i || end >= text.Length || text[end] is not ('.' or ')'))
            {
                return 0;
            }

            end++;
        }

        return end < text.Length && text[end] is ' ' or '\t' ? end - i : 0;
    }
}
