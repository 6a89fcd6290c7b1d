using Lucene.Net.Analysis;
using Portal.Search.Analysis;
using Portal.Search.Indexing;

namespace Portal.Search.Thesaurus;

/// <summary>
/// Synonyms and acronyms of public policy and participation, as data: one concept a line, its equivalent
/// expressions separated by commas (<c>thesaurus.txt</c>, embedded). Expressions are kept analysed, so a
/// query meets an entry whatever its accents, plural or elisions.
/// </summary>
public sealed class SearchThesaurus
{
    public const int MaxLength = 100_000;

    private readonly Dictionary<string, List<(string[] Terms, string Text, int Concept)>> _byFirstTerm;

    private SearchThesaurus(IReadOnlyList<IReadOnlyList<string>> concepts, Analyzer analyzer)
    {
        Concepts = concepts;
        Expressions = concepts.Select(c => c.Select(text => (Terms: LuceneTermsOf(analyzer, text), Text: text)).Where(e => e.Terms.Length > 0).ToList()).ToList();
        _byFirstTerm = Expressions
            .SelectMany((expressions, concept) => expressions.Select(e => (e.Terms, e.Text, Concept: concept)))
            .GroupBy(e => e.Terms[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Terms.Length).ToList(), StringComparer.Ordinal);
    }

    /// <summary>The concepts as written, each a list of equivalent expressions.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Concepts { get; }

    /// <summary>The expressions of each concept as the index holds them (analysed terms).</summary>
    public IReadOnlyList<List<(string[] Terms, string Text)>> Expressions { get; }

    /// <summary>The thesaurus shipped with the portal (<c>Thesaurus/thesaurus.txt</c>).</summary>
    public static string DefaultText()
    {
        using var stream = typeof(SearchThesaurus).Assembly.GetManifestResourceStream("Portal.Search.Thesaurus.thesaurus.txt")
            ?? throw new InvalidOperationException("Thésaurus absent de l'assemblage.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static SearchThesaurus Default(Analyzer analyzer) => Parse(DefaultText(), analyzer);

    /// <summary>Reads the text format; blank lines and lines starting with # are ignored, as are concepts of one expression.</summary>
    public static SearchThesaurus Parse(string text, Analyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(text);
        var concepts = text.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => (IReadOnlyList<string>)line.Split(',').Select(e => e.Trim()).Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList())
            .Where(expressions => expressions.Count > 1)
            .ToList();
        return new SearchThesaurus(concepts, analyzer);
    }

    /// <summary>What would make a line useless, in French, with its line number; empty when the text is fine.</summary>
    public static List<string> Problems(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problems = new List<string>();
        if (text.Length > MaxLength)
        {
            problems.Add($"Le thésaurus dépasse {MaxLength:N0} caractères.");
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length > 0 && line[0] != '#' && line.Split(',').Select(e => e.Trim()).Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Count() < 2)
            {
                problems.Add($"Ligne {i + 1} : « {line} » n'a qu'une expression ; séparez les expressions équivalentes par des virgules.");
            }
        }

        return problems;
    }

    /// <summary>
    /// The longest expression of the thesaurus starting at <paramref name="start"/> in a query's terms:
    /// its length in terms and its concept, or null when none starts there.
    /// </summary>
    public (int Length, int Concept)? Match(IReadOnlyList<string> terms, int start)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (!_byFirstTerm.TryGetValue(terms[start], out var candidates))
        {
            return null;
        }

        foreach (var (expression, _, concept) in candidates)
        {
            if (start + expression.Length <= terms.Count && expression.Select((t, i) => t == terms[start + i]).All(x => x))
            {
                return (expression.Length, concept);
            }
        }

        return null;
    }

    private static string[] LuceneTermsOf(Analyzer analyzer, string text) =>
        AnalyzedToken.Analyze(analyzer, SearchFields.Body, text).Select(t => t.Term).ToArray();
}
