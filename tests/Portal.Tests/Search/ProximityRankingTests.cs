using Microsoft.Extensions.DependencyInjection;
using Portal.Search.Indexing;
using Portal.Search.Querying;

namespace Portal.Tests.Search;

/// <summary>
/// The proximity bonus, scored on the best first-pass hits only: words together in order rank first, a
/// query whose words never stand together still lists its hits, and paging across the rescored window
/// neither repeats nor skips a hit.
/// </summary>
public sealed class ProximityRankingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-proximity-").FullName;
    private readonly ServiceProvider _services = new ServiceCollection().BuildServiceProvider();
    private readonly LuceneIndex _index;
    private readonly SearchService _search;

    public ProximityRankingTests()
    {
        _index = new LuceneIndex(_folder);
        _search = new SearchService(_index, new SearchIndexer(_index, _services.GetRequiredService<IServiceScopeFactory>()));
    }

    [Fact]
    public void Words_together_in_order_rank_above_the_same_words_apart()
    {
        // The same words, as often, in texts of the same length: only their order tells the two apart, and the
        // scattered one comes first in the index, so it would win a tie.
        Add(Proposition("V-1", "Aider les ménages", "Aider l'achat d'un vélo pour aller au travail et d'un chauffe-eau électrique."),
            Proposition("V-2", "Aider les ménages", "Aider l'achat d'un vélo électrique pour aller au travail et d'un chauffe-eau."));

        var results = _search.Search(new SearchRequest("vélo électrique"));

        Assert.Equal(["V-2", "V-1"], results.Hits.Select(h => h.Code));
    }

    [Fact]
    public void Words_that_never_stand_together_still_find_their_documents_in_every_segment()
    {
        // Two segments, the second holding neither word next to the other: the bonus matches nothing there.
        Add(Proposition("S-1", "Des vélos", "Des pistes pour les vélos."));
        Add(Proposition("S-2", "Du courant", "Un réseau électrique rénové."), Proposition("S-3", "Des bus", "Des bus plus fréquents."));

        var results = _search.Search(new SearchRequest("vélo électrique"));

        Assert.Equal(["S-1", "S-2"], results.Hits.Select(h => h.Code).Order());
    }

    [Fact]
    public void Paging_through_the_rescored_window_neither_repeats_nor_skips_a_hit()
    {
        Add([.. Enumerable.Range(1, 60).Select(i => Proposition(
            $"P-{i}",
            "Proposition " + i,
            i % 3 == 0 ? "Des transports gratuits pour les jeunes." : i % 3 == 1 ? "Des transports pour les jeunes, gratuits le dimanche." : "Rendre gratuits les musées ; des transports plus sûrs."))]);

        var whole = _search.Search(new SearchRequest("transports gratuits", PageSize: 60)).Hits.Select(h => h.Code).ToList();
        var paged = Enumerable.Range(1, 6).SelectMany(page => _search.Search(new SearchRequest("transports gratuits", Page: page, PageSize: 10)).Hits.Select(h => h.Code)).ToList();

        Assert.Equal(60, whole.Count);
        Assert.Equal(whole, paged);
        Assert.All(whole.Take(20), code => Assert.Equal(0, int.Parse(code![2..], System.Globalization.CultureInfo.InvariantCulture) % 3));
    }

    private void Add(params SearchDocument[] documents)
    {
        _index.AddDocuments(documents);
        _index.Commit(1);
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
