using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Search.Indexing;
using Portal.Search.Querying;
using Portal.Search.Queue;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Search;

/// <summary>The indexing queue is pruned of what every node applied, or of what is older than the retention, and no node misses anything.</summary>
public abstract class SearchQueuePruningTests(DatabaseEngine engine)
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Tasks_every_node_applied_are_pruned_but_the_newest_stays()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await PublishedFixtureAsync(new FixedClock(Start));
        await database.Services.GetRequiredService<SearchIndexer>().CatchUpAsync(ct);
        var newest = await NewestTaskAsync(database);

        var deleted = await database.Services.GetRequiredService<SearchQueuePruner>().PruneAsync(ct);

        Assert.True(deleted >= 5);
        Assert.Equal([newest], await TaskIdsAsync(database));
        Assert.Equal(1, (await SearchAsync(database, "paysannes")).Total);
    }

    [Fact]
    public async Task A_lagging_node_holds_pruning_back_then_catches_up_from_the_queue()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await PublishedFixtureAsync(new FixedClock(Start));
        using var lagging = new LuceneIndex(Path.Combine(database.Services.GetRequiredService<PortalPaths>().DataPath, "search-node-2"));
        var laggingIndexer = new SearchIndexer(lagging, database.Services.GetRequiredService<IServiceScopeFactory>());
        await laggingIndexer.CatchUpAsync(ct);
        var laggingCheckpoint = lagging.Checkpoint;

        await UnpublishAsync(database, SearchFixtureProcess.ProcessId + "/P-2");
        await database.Services.GetRequiredService<SearchIndexer>().CatchUpAsync(ct);
        await database.Services.GetRequiredService<SearchQueuePruner>().PruneAsync(ct);

        Assert.All(await TaskIdsAsync(database), id => Assert.True(id > laggingCheckpoint));
        Assert.NotEmpty(await TaskIdsAsync(database));
        Assert.True(await laggingIndexer.CatchUpAsync(ct) >= 1);
        Assert.Equal(0, new SearchService(lagging, laggingIndexer).Search(new SearchRequest("paysannes")).Total);
    }

    [Fact]
    public async Task Tasks_older_than_the_retention_go_even_for_a_silent_node()
    {
        var ct = TestContext.Current.CancellationToken;
        var clock = new FixedClock(Start);
        await using var database = await PublishedFixtureAsync(clock);
        await using (var scope = database.Scope())
        {
            // A node that reported once, long ago, and never came back.
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.Add(new SearchIndexNode { NodeId = "ancien-serveur", Checkpoint = 0, SeenUtc = Start.UtcDateTime });
            await db.SaveChangesAsync(ct);
        }

        var pruner = database.Services.GetRequiredService<SearchQueuePruner>();
        Assert.Equal(0, await pruner.PruneAsync(ct));

        clock.Now = Start + SearchQueuePruner.Retention + TimeSpan.FromDays(1);
        await UnpublishAsync(database, SearchFixtureProcess.ProcessId + "/P-2");
        var newest = await NewestTaskAsync(database);
        Assert.True(await pruner.PruneAsync(ct) >= 6);

        Assert.Equal([newest], await TaskIdsAsync(database));
        await using var check = database.Scope();
        Assert.False(await check.ServiceProvider.GetRequiredService<PortalDbContext>().Set<SearchIndexNode>().AnyAsync(n => n.NodeId == "ancien-serveur", ct));
    }

    [Fact]
    public async Task A_node_behind_the_pruned_tasks_rebuilds_from_the_database()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await PublishedFixtureAsync(new FixedClock(Start));
        await using (var scope = database.Scope())
        {
            // The newest task concerns another process: replaying what is left would not bring the fixture back.
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.Add(new SearchIndexTask { ContentItemId = "autre", ProcessId = "autre", Kind = SearchIndexTaskKind.Publish, CreatedUtc = Start.UtcDateTime });
            await db.SaveChangesAsync(ct);
        }

        var before = await SearchAsync(database, null);
        await database.Services.GetRequiredService<SearchQueuePruner>().PruneAsync(ct);
        Assert.Single(await TaskIdsAsync(database));

        // A node added after the pruning starts from checkpoint 0, below the mark.
        using var added = new LuceneIndex(Path.Combine(database.Services.GetRequiredService<PortalPaths>().DataPath, "search-node-3"));
        var indexer = new SearchIndexer(added, database.Services.GetRequiredService<IServiceScopeFactory>());
        await indexer.CatchUpAsync(ct);

        Assert.Equal(before.Total, new SearchService(added, indexer).Search(new SearchRequest(null)).Total);
        Assert.Equal(1, new SearchService(added, indexer).Search(new SearchRequest("paysannes")).Total);
        Assert.Equal(await NewestTaskAsync(database), added.Checkpoint);
    }

    private async Task<TestDatabase> PublishedFixtureAsync(TimeProvider clock)
    {
        var database = await TestDatabase.CreateAsync(engine, clock);
        await using var scope = database.Scope();
        await SearchFixtureProcess.PublishAsync(scope.ServiceProvider.GetRequiredService<ContentStore>(), TestContext.Current.CancellationToken);
        return database;
    }

    private static async Task UnpublishAsync(TestDatabase database, string contentItemId)
    {
        await using var scope = database.Scope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<ContentStore>().UnpublishAsync(contentItemId, "copil", TestContext.Current.CancellationToken)).Succeeded);
    }

    private static async Task<List<long>> TaskIdsAsync(TestDatabase database)
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<SearchIndexTask>()
            .OrderBy(t => t.Id).Select(t => t.Id).ToListAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<long> NewestTaskAsync(TestDatabase database) => (await TaskIdsAsync(database))[^1];

    private static Task<SearchResults> SearchAsync(TestDatabase database, string? query) =>
        database.Services.GetRequiredService<SearchService>().SearchAsync(new SearchRequest(query), TestContext.Current.CancellationToken);
}

public sealed class SqliteSearchQueuePruningTests() : SearchQueuePruningTests(DatabaseEngine.Sqlite);

public sealed class PostgreSqlSearchQueuePruningTests() : SearchQueuePruningTests(DatabaseEngine.PostgreSql);
