using System.Text;
using Lucene.Net.Analysis;
using Portal.Search.Analysis;

namespace Portal.Search.Querying;

/// <summary>
/// Cuts a short extract of a text around the words that matched and marks them, using the analyser's
/// offsets so « agricultures » is marked for a search on « agriculture ». Only the first
/// <see cref="MaxSourceLength"/> characters of a text are looked at, and analysis stops one snippet
/// past the first match: a search's cost never follows the size of the bodies it finds (five 1 MB
/// bodies took a search from 1,685 to 6.7 requests a second).
/// </summary>
public static class SnippetBuilder
{
    /// <summary>How much of a body a snippet is taken from (about 16 KB of text, ten pages).</summary>
    public const int MaxSourceLength = 16 * 1024;

    /// <summary>The beginning of a body that snippets are taken from, never cut inside a character.</summary>
    public static string SourceOf(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Length <= MaxSourceLength)
        {
            return body;
        }

        return body[..(char.IsHighSurrogate(body[MaxSourceLength - 1]) ? MaxSourceLength - 1 : MaxSourceLength)];
    }

    /// <summary>The extract as encoded HTML with &lt;mark&gt; around matches, and as plain text.</summary>
    public static (string Html, string Text) Build(Analyzer analyzer, string text, IReadOnlySet<string> queryTerms, int length = 220)
    {
        ArgumentNullException.ThrowIfNull(queryTerms);
        text = SourceOf(text);
        var matches = new List<AnalyzedToken>();
        foreach (var token in AnalyzedToken.Stream(analyzer, "body", text))
        {
            // The extract starts near the first match: what lies beyond it by more than a snippet is never read.
            if (matches.Count > 0 && token.Start > matches[0].Start + length)
            {
                break;
            }

            if (queryTerms.Contains(token.Term))
            {
                matches.Add(token);
            }
        }

        var (start, end) = Window(text, matches, length);
        var html = new StringBuilder();
        if (start > 0)
        {
            html.Append('…');
        }

        var position = start;
        foreach (var match in matches.Where(m => m.Start >= start && m.End <= end))
        {
            html.Append(Encode(text[position..match.Start]));
            html.Append("<mark>").Append(Encode(text[match.Start..match.End])).Append("</mark>");
            position = match.End;
        }

        html.Append(Encode(text[position..end]));
        var plain = (start > 0 ? "…" : string.Empty) + text[start..end] + (end < text.Length ? "…" : string.Empty);
        if (end < text.Length)
        {
            html.Append('…');
        }

        return (html.ToString(), plain);
    }

    /// <summary>The window of about <paramref name="length"/> characters holding the most matches, cut at spaces.</summary>
    private static (int Start, int End) Window(string text, List<AnalyzedToken> matches, int length)
    {
        if (text.Length <= length)
        {
            return (0, text.Length);
        }

        // Matches come in text order: one sliding pass, not a count per match.
        var bestStart = 0;
        var bestCount = 0;
        var last = 0;
        for (var first = 0; first < matches.Count; first++)
        {
            last = Math.Max(last, first);
            while (last < matches.Count && matches[last].End <= matches[first].Start + length)
            {
                last++;
            }

            if (last - first > bestCount)
            {
                (bestStart, bestCount) = (matches[first].Start, last - first);
            }
        }

        // Some context before the first match, then snap both ends to word boundaries.
        var start = Math.Max(0, bestStart - (length / 4));
        if (start > 0)
        {
            var space = text.IndexOf(' ', start);
            start = space < 0 || space >= bestStart ? start : space + 1;
        }

        var end = Math.Min(text.Length, start + length);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end - 1, end - start);
            end = space > start ? space : end;
        }

        return (start, end);
    }

    /// <summary>Encodes only what HTML needs, so accents stay readable in the API's JSON.</summary>
    private static string Encode(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);
}
