using Microsoft.Extensions.DependencyInjection;
using Portal.Search.Indexing;
using Portal.Search.Querying;

namespace Portal.Tests.Search;

/// <summary>
/// A search cut into slices run at once (whole segments, and ranges inside a segment) answers exactly what one pass
/// answers: the same total, the same facet counts, the same hits in the same order on every page, ties included.
/// </summary>
public sealed class SlicedSearchTests : IDisposable
{
    private static readonly string[] Words = ["climat", "eau", "forêt", "logement", "transport", "santé", "école"];
    private static readonly int[] SliceCounts = [1, 2, 3, 7, 5000];

    private readonly string _folder = Directory.CreateTempSubdirectory("portal-sliced-").FullName;
    private readonly ServiceProvider _services = new ServiceCollection().BuildServiceProvider();
    private readonly LuceneIndex _index;
    private readonly SearchIndexer _indexer;

    public SlicedSearchTests()
    {
        _index = new LuceneIndex(_folder);
        _indexer = new SearchIndexer(_index, _services.GetRequiredService<IServiceScopeFactory>());
        var random = new Random(11);
        // Four commits of unequal size: four segments, one much larger than the others, as after a bulk load.
        var number = 0;
        foreach (var size in new[] { 700, 90, 130, 60 })
        {
            _index.AddDocuments(Enumerable.Range(0, size).Select(_ => Document(random, number++)).ToList());
            _index.Commit(number);
        }

        // Deleted documents inside the large segment must count in no slice.
        _index.ReplaceProcess("p3", []);
        _index.Commit(number + 1);
    }

    public static TheoryData<string?, string?, string?, SearchSort> Requests => new()
    {
        { "climat", null, null, SearchSort.Relevance },
        { "climat eau forêt", null, null, SearchSort.Relevance },
        { "logement école", "reponse", null, SearchSort.Relevance },
        { "santé", null, "Énergie", SearchSort.Date },
        { null, null, null, SearchSort.Date },
        { "\"forêt des gens\"", null, null, SearchSort.Relevance },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void Slices_answer_what_one_pass_answers(string? query, string? type, string? theme, SearchSort sort)
    {
        var single = new SearchService(_index, _indexer) { SlicedFrom = int.MaxValue };
        foreach (var slices in new[] { 2, 3, 7 })
        {
            var sliced = new SearchService(_index, _indexer) { SlicedFrom = 0, Slices = slices };
            foreach (var page in new[] { 1, 2, 5 })
            {
                var request = new SearchRequest(query, Type: type, Theme: theme, Sort: sort, Page: page, PageSize: 20);
                var expected = single.Search(request);
                var actual = sliced.Search(request);

                Assert.True(expected.Total > 0 || query == "\"forêt des gens\"", $"« {query} » should find something");
                Assert.Equal(expected.Total, actual.Total);
                Assert.Equal(expected.Hits.Select(h => h.Url), actual.Hits.Select(h => h.Url));
                foreach (var field in SearchFields.Facets)
                {
                    Assert.Equal(expected.Facets[field], actual.Facets[field]);
                }
            }
        }
    }

    [Fact]
    public void Slices_cover_every_document_once_in_document_order()
    {
        _index.Search(searcher =>
        {
            var leaves = searcher.IndexReader.Leaves;
            Assert.True(leaves.Count >= 4);
            foreach (var count in SliceCounts)
            {
                var slices = SlicedSearch.Slices(leaves, count);
                var ranges = slices.SelectMany(s => s).Select(r => (r.Leaf.DocBase + r.Start, r.Leaf.DocBase + r.End)).ToList();

                Assert.Equal(Math.Min(count, searcher.IndexReader.MaxDoc), slices.Count);
                Assert.All(slices, s => Assert.NotEmpty(s));
                Assert.Equal(0, ranges[0].Item1);
                Assert.Equal(searcher.IndexReader.MaxDoc, ranges[^1].Item2);
                Assert.All(ranges.Zip(ranges.Skip(1)), pair => Assert.Equal(pair.First.Item2, pair.Second.Item1));
            }

            return 0;
        });
    }

    public void Dispose()
    {
        _indexer.Dispose();
        _index.Dispose();
        _services.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static SearchDocument Document(Random random, int number)
    {
        var type = new[] { SearchTypes.Proposition, SearchTypes.Response, SearchTypes.FollowUp }[random.Next(3)];
        // Every tenth document has the same text as another one: equal scores, whose order must not depend on slicing.
        var body = number % 10 == 0
            ? "La forêt des gens et le climat"
            : string.Join(' ', Enumerable.Range(0, 3 + random.Next(12)).Select(_ => Words[random.Next(Words.Length)]));
        return new SearchDocument(
            Id: $"d{number}",
            Type: type,
            Title: $"Document {number}",
            Body: body,
            Url: $"/d/{number}",
            ProcessId: $"p{random.Next(6)}",
            ProcessSlug: $"demarche-{random.Next(6)}",
            ProcessTitle: "Démarche",
            Organiser: $"Organisateur {random.Next(4)}",
            Themes: random.Next(2) == 0 ? ["Énergie"] : ["Eau", "Énergie"],
            Year: 2020 + random.Next(3),
            Date: new DateOnly(2020, 1, 1).AddDays(random.Next(30)),
            Code: type == SearchTypes.Proposition ? $"P-{number}" : null,
            Decision: type == SearchTypes.Response ? (random.Next(2) == 0 ? "retenue" : "non-retenue") : null)
        {
            Organisation = $"organisation-{random.Next(3)}",
        };
    }
}
