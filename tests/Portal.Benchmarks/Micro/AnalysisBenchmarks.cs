using BenchmarkDotNet.Attributes;
using Portal.Search.Analysis;
using Portal.Search.Querying;

namespace Portal.Benchmarks.Micro;

/// <summary>In-process costs paid on every indexed document and every result: analysis and snippets.</summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks : IDisposable
{
    private const string Text =
        "Contraindre les propriétaires occupants et bailleurs à rénover de manière globale leurs logements d'ici 2040, "
        + "avec un système progressif d'aides à la rénovation énergétique, des prêts et des subventions pour les plus démunis. "
        + "Former les professionnels du bâtiment pour répondre à la demande de rénovation globale et assurer une transition de tous les corps de métier.";

    private readonly FrenchSearchAnalyzer _analyzer = new();
    private HashSet<string> _terms = [];

    [GlobalSetup]
    public void Setup() => _terms = AnalyzedToken.Analyze(_analyzer, "body", "rénovation énergétique logement").Select(t => t.Term).ToHashSet();

    [GlobalCleanup]
    public void Dispose()
    {
        _analyzer.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public int Analyze() => AnalyzedToken.Analyze(_analyzer, "body", Text).Count;

    [Benchmark]
    public string Snippet() => SnippetBuilder.Build(_analyzer, Text, _terms, 160).Html;

    [Benchmark]
    public int ParseUserQuery() => UserQuery.Parse("\"rénovation énergétique\" logement (AND OR title:[a TO").Words.Count;
}
