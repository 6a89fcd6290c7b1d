using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Portal.Search.Analysis;

/// <summary>One term produced by the analyzer, where it came from in the original text and its position (stop words leave holes).</summary>
public readonly record struct AnalyzedToken(string Term, int Start, int End, int Position = 0)
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
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var position = -1;
        stream.Reset();
        try
        {
            while (stream.IncrementToken())
            {
                position += increment.PositionIncrement;
                yield return new AnalyzedToken(term.ToString(), offset.StartOffset, offset.EndOffset, position);
            }
        }
        finally
        {
            stream.End();
        }
    }
}
