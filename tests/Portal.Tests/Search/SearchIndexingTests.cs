using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Processes.Content;
using Portal.Processes.Indexes;
using Portal.Search.Indexing;
using Portal.Search.Querying;
using Portal.Search.Queue;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Search;

/// <summary>What the index holds and when: French matching, codes, drafts, unpublication, facets, crash recovery.</summary>
public abstract class SearchIndexingTests(DatabaseEngine engine)
{
    [Fact]
    public async Task Ecologique_without_accent_finds_ecologiques()
    {
        await using var database = await PublishedFixtureAsync();
        var results = await SearchAsync(database, "ecologique");

        Assert.Contains(results.Hits, h => h.Code == "P-12");
        Assert.Contains("<mark>écologiques</mark>", results.Hits.First(h => h.Code == "P-12").SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Elided_singular_finds_plural()
    {
        await using var database = await PublishedFixtureAsync();
        var results = await SearchAsync(database, "l'agriculture");

        Assert.Equal("P-2", Assert.Single(results.Hits).Code);
    }

    [Fact]
    public async Task An_exact_proposition_code_finds_only_that_proposition()
    {
        await using var database = await PublishedFixtureAsync();
        var results = await SearchAsync(database, "P-12");

        // « 12 fermes pilotes » in P-2 must not match: the code is a keyword.
        var hit = Assert.Single(results.Hits);
        Assert.Equal("P-12", hit.Code);
        Assert.Equal("/demarches/convention-locale-climat/propositions/P-12", hit.Url);
    }

    [Fact]
    public async Task Drafts_are_never_indexed()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await PublishedFixtureAsync();
        await using (var scope = database.Scope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
            await store.CreateAsync(SearchFixtureProcess.Item(new Proposition("P-99", "Zorglub brouillon", "Zorglub", "Brouillon"), "P-99"), ct);
            var published = (await store.GetPublishedAsync(SearchFixtureProcess.ProcessId + "/P-2", ct))!;
            await store.SaveDraftAsync(published.ContentItemId, store.Read<Proposition>(published) with { Text = "Zorglub en cours" }, "editeur", published.ConcurrencyStamp, ct);
        }

        Assert.Equal(0, (await SearchAsync(database, "zorglub")).Total);
        Assert.Equal(1, (await SearchAsync(database, "paysannes")).Total);
    }

    [Fact]
    public async Task Unpublishing_removes_from_the_index()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await PublishedFixtureAsync();
        Assert.Equal(1, (await SearchAsync(database, "paysannes")).Total);

        await using (var scope = database.Scope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<ContentStore>().UnpublishAsync(SearchFixtureProcess.ProcessId + "/P-2", "copil", ct)).Succeeded);
        }

        Assert.Equal(0, (await SearchAsync(database, "paysannes")).Total);
        // The other proposition and its response are still there.
        Assert.Equal(2, (await SearchAsync(database, "cantines")).Total);
    }

    [Fact]
    public async Task Unpublishing_the_process_removes_all_its_documents()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await PublishedFixtureAsync();
        await using (var scope = database.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<ContentStore>().UnpublishAsync(SearchFixtureProcess.ProcessId, "copil", ct);
        }

        Assert.Equal(0, (await SearchAsync(database, null)).Total);
    }

    [Fact]
    public async Task Facet_counts_match_the_database()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await PublishedFixtureAsync();
        var results = await SearchAsync(database, null);

        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        int Count(string field, string value) => results.Facets[field].SingleOrDefault(f => f.Value == value)?.Count ?? 0;
        Assert.Equal(await db.Set<PropositionIndex>().CountAsync(ct), Count(SearchFields.Type, SearchTypes.Proposition));
        Assert.Equal(await db.Set<ResponseIndex>().CountAsync(ct), Count(SearchFields.Type, SearchTypes.Response));
        Assert.Equal(await db.Set<FollowUpIndex>().CountAsync(ct), Count(SearchFields.Type, SearchTypes.FollowUp));
        Assert.Equal(await db.Set<ProcessIndex>().CountAsync(ct), Count(SearchFields.Type, SearchTypes.Process));
        Assert.Equal(results.Total, Count(SearchFields.Year, "2024"));

        // Among propositions, the decision facet counts what the responses decided.
        var propositions = await SearchAsync(database, null, new SearchRequest(null, Type: SearchTypes.Proposition));
        Assert.Equal(
            await db.Set<ResponseIndex>().CountAsync(r => r.Decision == "retenue", ct),
            propositions.Facets[SearchFields.Decision].Single(f => f.Value == "retenue").Count);
        var filtered = await SearchAsync(database, null, new SearchRequest(null, Type: SearchTypes.Proposition, Decision: "retenue"));
        Assert.Equal("P-12", Assert.Single(filtered.Hits).Code);
    }

    [Fact]
    public async Task A_crash_between_publication_and_indexing_is_caught_up_at_next_start()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine);
        await using (var scope = database.Scope())
        {
            await SearchFixtureProcess.PublishAsync(scope.ServiceProvider.GetRequiredService<ContentStore>(), ct);
            // The publication committed its tasks; no indexer ran (the node « crashed »).
            Assert.True(await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<SearchIndexTask>().CountAsync(ct) >= 6);
        }

        var path = Path.Combine(database.Services.GetRequiredService<PortalPaths>().DataPath, "search-node-2");
        using (var index = new LuceneIndex(path))
        {
            Assert.Equal(0, index.Checkpoint);
        }

        // The next start: a new index instance on the same folder catches up from its checkpoint.
        using (var restarted = new LuceneIndex(path))
        {
            var indexer = new SearchIndexer(restarted, database.Services.GetRequiredService<IServiceScopeFactory>());
            Assert.True(await indexer.CatchUpAsync(ct) >= 6);
            Assert.Equal(1, new SearchService(restarted, indexer).Search(new SearchRequest("paysannes")).Total);
        }

        using (var again = new LuceneIndex(path))
        {
            Assert.True(again.Checkpoint > 0);
            var indexer = new SearchIndexer(again, database.Services.GetRequiredService<IServiceScopeFactory>());
            Assert.Equal(0, await indexer.CatchUpAsync(ct));
        }
    }

    [Fact]
    public async Task Rebuild_gives_the_same_documents_as_the_queue()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await PublishedFixtureAsync();
        var before = await SearchAsync(database, null);

        var count = await database.Services.GetRequiredService<SearchIndexer>().RebuildAsync(cancellationToken: ct);

        Assert.Equal(before.Total, count);
        Assert.Equal(before.Total, (await SearchAsync(database, null)).Total);
    }

    [Fact]
    public async Task Five_published_1_MB_bodies_keep_only_what_snippets_read()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await PublishedFixtureAsync();
        var body = string.Concat(Enumerable.Repeat("Une transition juste pour les habitants des communes rurales. ", 17_000));
        await using (var scope = database.Scope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
            for (var i = 1; i <= 5; i++)
            {
                await SearchFixtureProcess.CreateAndPublishAsync(store, SearchFixtureProcess.Item(new Proposition($"G-{i}", $"Grande proposition {i}", body, "Climat"), $"G-{i}"), ct);
            }
        }

        var results = await SearchAsync(database, "transition");

        Assert.True(body.Length > 1_000_000);
        Assert.Equal(5, results.Hits.Count(h => h.Code!.StartsWith("G-", StringComparison.Ordinal)));
        Assert.All(results.Hits, h => Assert.Contains("<mark>transition</mark>", h.SnippetHtml, StringComparison.Ordinal));
        var longestDisplayedBody = database.Services.GetRequiredService<LuceneIndex>().Search(searcher =>
        {
            var longest = 0;
            var bytes = new Lucene.Net.Util.BytesRef();
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var values = leaf.AtomicReader.GetBinaryDocValues(SearchFields.Display);
                for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
                {
                    values.Get(doc, bytes);
                    longest = Math.Max(longest, DisplayRecord.Read(bytes).Body.Length);
                }
            }

            return longest;
        });
        Assert.Equal(SnippetBuilder.MaxSourceLength, longestDisplayedBody);
    }

    private async Task<TestDatabase> PublishedFixtureAsync()
    {
        var database = await TestDatabase.CreateAsync(engine);
        await using var scope = database.Scope();
        await SearchFixtureProcess.PublishAsync(scope.ServiceProvider.GetRequiredService<ContentStore>(), TestContext.Current.CancellationToken);
        return database;
    }

    private static Task<SearchResults> SearchAsync(TestDatabase database, string? query, SearchRequest? request = null) =>
        database.Services.GetRequiredService<SearchService>().SearchAsync(request ?? new SearchRequest(query), TestContext.Current.CancellationToken);
}

public sealed class SqliteSearchIndexingTests() : SearchIndexingTests(DatabaseEngine.Sqlite);

public sealed class PostgreSqlSearchIndexingTests() : SearchIndexingTests(DatabaseEngine.PostgreSql);
