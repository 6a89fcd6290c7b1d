using Microsoft.Extensions.DependencyInjection;
using Portal.Search.Indexing;
using Portal.Search.Querying;

namespace Portal.Tests.Search;

/// <summary>
/// Facet counts from the cached ordinal arrays against counts computed by hand over the same documents,
/// on an index of several segments (each with its own ordinals), with deletions, filters and multi-valued themes.
/// </summary>
public sealed class SearchFacetTests : IDisposable
{
    private static readonly string[] Types = [SearchTypes.Proposition, SearchTypes.Response, SearchTypes.FollowUp];
    private static readonly string[] Themes = ["Énergie", "Eau", "Forêt", "Zèbre"];

    private readonly string _folder = Directory.CreateTempSubdirectory("portal-facets-").FullName;
    private readonly ServiceProvider _services = new ServiceCollection().BuildServiceProvider();
    private readonly LuceneIndex _index;
    private readonly SearchService _search;
    private readonly List<SearchDocument> _documents = [];

    public SearchFacetTests()
    {
        _index = new LuceneIndex(_folder);
        _search = new SearchService(_index, new SearchIndexer(_index, _services.GetRequiredService<IServiceScopeFactory>()));
        var random = new Random(7);
        // Three commits, three segments; the theme « Zèbre » exists only in the last one.
        for (var segment = 0; segment < 3; segment++)
        {
            var batch = Enumerable.Range(0, 120).Select(i => Document(random, segment, (segment * 1000) + i)).ToList();
            _documents.AddRange(batch);
            _index.AddDocuments(batch);
            _index.Commit(segment + 1);
        }

        // A process replaced with fewer documents: deleted documents must no longer count.
        var replaced = _documents.Where(d => d.ProcessId == "p1").ToList();
        _documents.RemoveAll(d => d.ProcessId == "p1");
        _documents.AddRange(replaced.Take(5));
        _index.ReplaceProcess("p1", replaced.Take(5));
        _index.Commit(4);
    }

    [Fact]
    public void Counts_without_filters_match_the_documents()
    {
        var results = _search.Search(new SearchRequest(null));

        Assert.Equal(_documents.Count, results.Total);
        AssertCounts(results, SearchFields.Type, _documents, d => [d.Type]);
        AssertCounts(results, SearchFields.Theme, _documents, d => d.Themes);
        AssertCounts(results, SearchFields.Year, _documents, d => [d.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        AssertCounts(results, SearchFields.Decision, _documents, d => d.Decision is null ? [] : [d.Decision]);
    }

    [Fact]
    public void With_filters_each_facet_ignores_its_own_filter_and_keeps_the_others()
    {
        var results = _search.Search(new SearchRequest("climat", Type: SearchTypes.Response, Year: 2021));

        var text = _documents.Where(d => d.Body.Contains("climat", StringComparison.Ordinal)).ToList();
        var both = text.Where(d => d.Type == SearchTypes.Response && d.Year == 2021).ToList();
        Assert.Equal(both.Count, results.Total);
        Assert.All(results.Hits, h => Assert.Equal(SearchTypes.Response, h.Type));
        // The type list shows every type of the 2021 matches, so the user sees the alternatives.
        AssertCounts(results, SearchFields.Type, text.Where(d => d.Year == 2021), d => [d.Type]);
        AssertCounts(results, SearchFields.Year, text.Where(d => d.Type == SearchTypes.Response), d => [d.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        // Facets without a filter count the results themselves.
        AssertCounts(results, SearchFields.Organiser, both, d => [d.Organiser]);
        AssertCounts(results, SearchFields.Theme, both, d => d.Themes);
    }

    [Fact]
    public void A_multi_valued_filter_present_in_one_segment_only()
    {
        var results = _search.Search(new SearchRequest(null, Theme: "Zèbre", PageSize: 100));

        var zebras = _documents.Where(d => d.Themes.Contains("Zèbre")).ToList();
        Assert.NotEmpty(zebras);
        Assert.Equal(zebras.Count, results.Total);
        Assert.Equal(zebras.Select(d => d.Url).Order(), results.Hits.Select(h => h.Url).Order());
        AssertCounts(results, SearchFields.Theme, _documents, d => d.Themes);
        AssertCounts(results, SearchFields.Type, zebras, d => [d.Type]);
    }

    [Fact]
    public void A_filter_value_no_document_has_gives_nothing_but_keeps_its_facet()
    {
        var results = _search.Search(new SearchRequest("climat", Organiser: "Personne"));

        Assert.Equal(0, results.Total);
        Assert.Empty(results.Facets[SearchFields.Type]);
        AssertCounts(results, SearchFields.Organiser, _documents.Where(d => d.Body.Contains("climat", StringComparison.Ordinal)), d => [d.Organiser]);
    }

    [Fact]
    public void Hits_show_what_was_indexed()
    {
        var hit = Assert.Single(_search.Search(new SearchRequest("climat", Type: SearchTypes.Response, Year: 2021, PageSize: 1)).Hits);

        var source = _documents.Single(d => d.Url == hit.Url);
        Assert.Equal((source.Title, source.ProcessTitle, source.ProcessSlug, source.Date, source.Code, source.Decision),
            (hit.Title, hit.ProcessTitle, hit.ProcessSlug, hit.Date, hit.Code, hit.Decision));
        Assert.Contains("<mark>climat</mark>", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void The_node_name_stays_with_the_index_folder()
    {
        var name = _index.NodeId;
        _index.Dispose();

        using var reopened = new LuceneIndex(_folder);
        Assert.Equal(name, reopened.NodeId);
        Assert.Equal(4, reopened.Checkpoint);
    }

    public void Dispose()
    {
        _index.Dispose();
        _services.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static void AssertCounts(SearchResults results, string field, IEnumerable<SearchDocument> expected, Func<SearchDocument, IEnumerable<string>> values)
    {
        var wanted = expected.SelectMany(values).GroupBy(v => v, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.Equal(wanted.OrderBy(p => p.Key, StringComparer.Ordinal),
            results.Facets[field].Select(v => KeyValuePair.Create(v.Value, v.Count)).OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    private static SearchDocument Document(Random random, int segment, int number)
    {
        var type = Types[random.Next(Types.Length)];
        var themes = Themes.Take(segment == 2 ? 4 : 3).Where(_ => random.Next(3) == 0).ToList();
        return new SearchDocument(
            Id: $"d{number}",
            Type: type,
            Title: $"Document {number}",
            Body: random.Next(3) == 0 ? "Le climat & l'eau <b>" : "La forêt des gens",
            Url: $"/d/{number}",
            ProcessId: $"p{random.Next(5)}",
            ProcessSlug: $"demarche-{random.Next(5)}",
            ProcessTitle: "Démarche « test »",
            Organiser: $"Organisateur {random.Next(4)}",
            Themes: themes,
            Year: 2020 + random.Next(3),
            Date: new DateOnly(2020, 1, 1).AddDays(random.Next(900)),
            Code: type == SearchTypes.Proposition ? $"P-{number}" : null,
            Decision: type == SearchTypes.Response ? (random.Next(2) == 0 ? "retenue" : "non-retenue") : null);
    }
}
