using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Search.Indexing;
using Portal.Search.Querying;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Search;

/// <summary>
/// How a query matches: every word optional but rewarded, thesaurus equivalents, spelling corrections,
/// « a » for « à », exact phrases and codes, and the matching mode reported with the results.
/// </summary>
public sealed class SearchMatchingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-matching-").FullName;
    private readonly ServiceProvider _services = new ServiceCollection().BuildServiceProvider();
    private readonly LuceneIndex _index;
    private readonly SearchService _search;

    public SearchMatchingTests()
    {
        _index = new LuceneIndex(_folder);
        _search = new SearchService(_index, new SearchIndexer(_index, _services.GetRequiredService<IServiceScopeFactory>()));
        _index.AddDocuments(
        [
            Proposition("N-1", "Former les seniors", "Lutter contre l'illectronisme des personnes âgées par des ateliers en mairie."),
            Proposition("N-2", "Un guichet humain", "Réduire la fracture numérique : un agent accompagne les démarches en ligne."),
            Proposition("N-3", "Saisir la commission", "Faire connaître la commission d'accès aux documents administratifs aux habitants."),
            Proposition("N-4", "Effacer ses traces", "Garantir le droit à l'oubli sur les sites de la collectivité."),
            Proposition("N-5", "Rénover les écoles", "Engager la rénovation énergétique des écoles d'ici 2030."),
            Proposition("N-6", "Isoler puis rénover", "Une rénovation des toitures, puis une isolation énergétique des murs."),
            Proposition("N-7", "Des vélos partout", "Des pistes cyclables et des vélos en libre service."),
        ]);
        _index.Commit(1);
    }

    [Fact]
    public void A_thesaurus_synonym_finds_its_document_below_the_words_typed()
    {
        var results = _search.Search(new SearchRequest("fracture numérique"));

        Assert.Equal(["N-2", "N-1"], results.Hits.Select(h => h.Code));
        Assert.Contains("illectronisme", results.Matching.Synonyms);
    }

    [Fact]
    public void An_acronym_finds_its_expansion()
    {
        var results = _search.Search(new SearchRequest("CADA"));

        Assert.Equal("N-3", Assert.Single(results.Hits).Code);
    }

    [Fact]
    public void A_misspelt_word_is_corrected_and_the_correction_offered()
    {
        var results = _search.Search(new SearchRequest("fracutre numérique"));

        Assert.Equal("N-2", results.Hits[0].Code);
        Assert.Equal(MatchingMode.CorrectedSpelling, results.Matching.Mode);
        Assert.Equal("fracture", results.Matching.Corrections["fracutre"]);
        Assert.Equal("fracture numérique", results.Matching.Suggestion);
    }

    [Fact]
    public void A_typed_for_a_grave_finds_what_the_accented_query_finds()
    {
        var accented = _search.Search(new SearchRequest("droit à l'oubli"));
        var plain = _search.Search(new SearchRequest("droit a l'oubli"));

        Assert.Equal("N-4", accented.Hits[0].Code);
        Assert.Equal(accented.Hits.Select(h => h.Code), plain.Hits.Select(h => h.Code));
    }

    [Fact]
    public void A_quoted_phrase_stays_exact()
    {
        var results = _search.Search(new SearchRequest("\"rénovation énergétique\""));

        Assert.Equal("N-5", Assert.Single(results.Hits).Code);
        Assert.Equal(MatchingMode.AllWords, results.Matching.Mode);
    }

    [Fact]
    public void Words_are_optional_but_documents_with_more_of_them_rank_first()
    {
        var results = _search.Search(new SearchRequest("toitures murs écoles"));

        Assert.Equal("N-6", results.Hits[0].Code);
        Assert.Contains(results.Hits, h => h.Code == "N-5");
        Assert.Equal(MatchingMode.MostWords, results.Matching.Mode);
        Assert.Equal(3, results.Matching.Words);
    }

    [Fact]
    public void Facet_counts_follow_the_same_matching_as_the_list()
    {
        var results = _search.Search(new SearchRequest("rénovation énergétique toitures vélos"));

        Assert.Equal(results.Total, results.Hits.Count);
        Assert.Equal(results.Total, results.Facets[SearchFields.Type].Sum(v => v.Count));
    }

    [Fact]
    public void A_proposition_code_stays_exact()
    {
        var results = _search.Search(new SearchRequest("N-5"));

        Assert.Equal("N-5", Assert.Single(results.Hits).Code);
    }

    [Fact]
    public void A_long_natural_question_ranks_the_on_topic_ccc_proposal_first()
    {
        var file = Path.Combine(SharedData.Folder("ccc-2020-propositions-suivi"), "ccc-149-propositions.json");
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var folder = Directory.CreateTempSubdirectory("portal-ccc-questions-");
        try
        {
            using var index = new LuceneIndex(folder.FullName);
            index.AddDocuments(json.RootElement.EnumerateArray().Select(p =>
                Proposition(p.GetProperty("code").GetString()!, p.GetProperty("proposition").GetString()!, p.GetProperty("proposition").GetString()!)));
            index.Commit(1);
            var search = new SearchService(index, new SearchIndexer(index, _services.GetRequiredService<IServiceScopeFactory>()));

            Assert.Equal("SD-E2", search.Search(new SearchRequest("faut-il vraiment supprimer les vols intérieurs quand il existe une alternative en train ?")).Hits[0].Code);
            Assert.Equal("SL1.4", search.Search(new SearchRequest("quelles aides les citoyens proposent-ils pour que les plus démunis puissent rénover leur logement ?")).Hits[0].Code);
            Assert.Equal("SD-A3.1", search.Search(new SearchRequest("les citoyens veulent-ils limiter la vitesse sur l'autoroute à 110 ?")).Hits[0].Code);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static SearchDocument Proposition(string code, string title, string body) =>
        new(code, SearchTypes.Proposition, title, body, "/p/" + code, "process", "process", "Démarche", "Organisateur", [], 2024, new DateOnly(2024, 1, 1), code);

    public void Dispose()
    {
        _index.Dispose();
        _services.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
