using Portal.Search.Indexing;

namespace Portal.Benchmarks.Corpus;

/// <summary>
/// A deterministic corpus: documents recombined from real sentences with a seeded generator, with
/// the facet values a real portal would have (200 processes, 40 organisers, 12 themes, 12 years).
/// </summary>
internal sealed class CorpusGenerator(IReadOnlyList<string> sentences, int seed = 20261123)
{
    public static readonly string[] Types = [SearchTypes.Proposition, SearchTypes.Response, SearchTypes.FollowUp, SearchTypes.Speaker, SearchTypes.Process];
    public static readonly string[] Decisions = ["retenue", "retenue-partiellement", "non-retenue", "a-l-etude", "hors-competence"];
    public static readonly string[] Statuses = ["a-engager", "en-cours", "realisee", "abandonnee"];
    public static readonly string[] Themes = ["Climat", "Mobilités", "Logement", "Alimentation", "Santé", "Énergie", "Eau", "Biodiversité", "Démocratie", "Emploi", "Éducation", "Consommation"];

    public IEnumerable<SearchDocument> Generate(int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var process = random.Next(200);
            var year = 2015 + (process % 12);
            var type = Types[Weighted(random)];
            var title = Truncate(Pick(random), 160);
            var body = string.Join(' ', Enumerable.Range(0, 2 + random.Next(5)).Select(_ => Pick(random)));
            var decided = type is SearchTypes.Proposition or SearchTypes.Response or SearchTypes.FollowUp;
            yield return new SearchDocument(
                "doc-" + i, type, title, body, $"/demarches/demarche-{process}/propositions/P-{i}",
                "process-" + process, "demarche-" + process, "Démarche n° " + process, "Organisateur " + (process % 40),
                [Themes[random.Next(Themes.Length)]], year, new DateOnly(year, 1 + random.Next(12), 1 + random.Next(28)),
                Code: type == SearchTypes.Proposition ? $"P-{i}" : null,
                Decision: decided ? Decisions[random.Next(Decisions.Length)] : null,
                FollowUpStatus: type == SearchTypes.FollowUp ? Statuses[random.Next(Statuses.Length)] : null)
            {
                // As on a portal shared by organisers: each owns a few processes, so the organisation facet is counted too.
                Organisation = "organisation-" + (process % 40),
            };
        }
    }

    // Propositions and follow-ups dominate a real portal; processes are rare.
    private static int Weighted(Random random) => random.Next(100) switch
    {
        < 45 => 0,
        < 70 => 1,
        < 90 => 2,
        < 98 => 3,
        _ => 4,
    };

    private string Pick(Random random) => sentences[random.Next(sentences.Count)];

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
