using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Portal.Search.Analysis;

/// <summary>One term produced by the analyzer and where it came from in the original text.</summary>
public readonly record struct AnalyzedToken(string Term, int Start, int End)
{
    /// <summary>Runs the analyzer over a text and lists its terms with their character offsets.</summary>
    public static List<AnalyzedToken> Analyze(Analyzer analyzer, string field, string text) => [.. Stream(analyzer, field, text)];

    /// <summary>The terms one by one, so a caller can stop reading the text as soon as it has what it needs.</summary>
    public static IEnumerable<AnalyzedToken> Stream(Analyzer analyzer, string field, string text)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        using var stream = analyzer.GetTokenStream(field, new StringReader(text ?? string.Empty));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        try
        {
            while (stream.IncrementToken())
            {
                yield return new AnalyzedToken(term.ToString(), offset.StartOffset, offset.EndOffset);
            }
        }
        finally
        {
            stream.End();
        }
    }
}
