using System.Text;
using Lucene.Net.Analysis;
using Portal.Search.Analysis;

namespace Portal.Search.Querying;

/// <summary>
/// Cuts a short extract of a text around the words that matched and marks them, using the analyser's
/// offsets so « agricultures » is marked for a search on « agriculture ».
/// </summary>
public static class SnippetBuilder
{
    /// <summary>The extract as encoded HTML with &lt;mark&gt; around matches, and as plain text.</summary>
    public static (string Html, string Text) Build(Analyzer analyzer, string text, IReadOnlySet<string> queryTerms, int length = 220)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(queryTerms);
        var matches = AnalyzedToken.Analyze(analyzer, "body", text).Where(t => queryTerms.Contains(t.Term)).ToList();
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

        var bestStart = 0;
        var bestCount = 0;
        foreach (var first in matches)
        {
            var count = matches.Count(m => m.Start >= first.Start && m.End <= first.Start + length);
            if (count > bestCount)
            {
                (bestStart, bestCount) = (first.Start, count);
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
