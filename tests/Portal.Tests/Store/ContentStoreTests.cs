using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Processes.Content;
using Portal.Processes.Indexes;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Store;

/// <summary>The content store's guarantees, run on each database engine.</summary>
public abstract class ContentStoreTests(DatabaseEngine engine)
{
    private static readonly Process Sample = new(
        "Budget participatif 2026", "budget-participatif-2026", "Les habitants décident d'une part du budget.",
        "Ville d'Exemple", "Exemple", ["Budget"], new DateOnly(2026, 1, 10), new DateOnly(2026, 6, 30));

    [Fact]
    public async Task Created_item_is_a_draft_and_not_published()
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var scope = database.Scope();
        var store = scope.ServiceProvider.GetRequiredService<ContentStore>();

        var created = await store.CreateAsync(new NewContentItem(Sample, "editeur@exemple.fr") { ContentItemId = "p1" }, TestContext.Current.CancellationToken);

        Assert.True(created.Succeeded);
        Assert.Equal(1, created.Version!.Version);
        Assert.Equal(ContentStatus.Draft, created.Version.Status);
        Assert.True(created.Version.Latest);
        Assert.Null(await store.GetPublishedAsync("p1", TestContext.Current.CancellationToken));
        Assert.Equal("p1", created.Version.ProcessId);
    }

    [Fact]
    public async Task Editing_a_published_item_makes_a_new_draft_and_leaves_the_published_version_untouched()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var scope = database.Scope();
        var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
        var v1 = (await store.CreateAsync(new NewContentItem(Sample, "a") { ContentItemId = "p1" }, ct)).Version!;
        var published = (await store.PublishAsync("p1", 1, "copil", cancellationToken: ct)).Version!;

        var edited = await store.SaveDraftAsync("p1", Sample with { Title = "Titre modifié" }, "b", published.ConcurrencyStamp, ct);

        Assert.True(edited.Succeeded);
        Assert.Equal(2, edited.Version!.Version);
        Assert.Equal(ContentStatus.Draft, edited.Version.Status);
        var stillPublished = await store.GetPublishedAsync("p1", ct);
        Assert.Equal(1, stillPublished!.Version);
        Assert.Equal("Budget participatif 2026", store.Read<Process>(stillPublished).Title);
        Assert.False(stillPublished.Latest);
        Assert.Equal(v1.CreatedUtc, stillPublished.CreatedUtc);
        Assert.Equal("Titre modifié", store.Read<Process>((await store.GetLatestAsync("p1", ct))!).Title);
    }

    [Fact]
    public async Task Optional_fields_left_empty_read_back_as_written()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var scope = database.Scope();
        var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
        var openEnded = Sample with { EndDate = null };
        await store.CreateAsync(new NewContentItem(openEnded, "a") { ContentItemId = "p1" }, ct);

        var read = store.Read<Process>((await store.GetLatestAsync("p1", ct))!);

        Assert.Equal(openEnded, read with { Themes = openEnded.Themes });
        Assert.Equal(openEnded.Themes, read.Themes);
    }

    [Fact]
    public async Task Saving_a_draft_twice_updates_the_same_version()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var scope = database.Scope();
        var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
        var v1 = (await store.CreateAsync(new NewContentItem(Sample, "a") { ContentItemId = "p1" }, ct)).Version!;

        var saved = await store.SaveDraftAsync("p1", Sample with { Summary = "Autre résumé" }, "a", v1.ConcurrencyStamp, ct);

        Assert.True(saved.Succeeded);
        Assert.Equal(1, saved.Version!.Version);
        Assert.Single(await store.GetVersionsAsync("p1", ct));
    }

    [Fact]
    public async Task Publishing_a_new_version_supersedes_the_previous_one()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var scope = database.Scope();
        var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
        await store.CreateAsync(new NewContentItem(Sample, "a") { ContentItemId = "p1" }, ct);
        var first = (await store.PublishAsync("p1", 1, "copil", cancellationToken: ct)).Version!;
        await store.SaveDraftAsync("p1", Sample with { Title = "V2" }, "a", first.ConcurrencyStamp, ct);

        var second = await store.PublishAsync("p1", 2, "copil", cancellationToken: ct);

        Assert.True(second.Succeeded);
        var versions = await store.GetVersionsAsync("p1", ct);
        Assert.Single(versions, v => v.Published);
        Assert.Equal(ContentStatus.Superseded, versions[0].Status);
        Assert.Equal(ContentStatus.Published, versions[1].Status);
        var index = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<ProcessIndex>().SingleAsync(ct);
        Assert.Equal("V2", index.Title);
    }

    [Fact]
    public async Task Database_refuses_a_second_published_version_of_an_item()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var scope = database.Scope();
        var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await store.CreateAsync(new NewContentItem(Sample, "a") { ContentItemId = "p1" }, ct);
        await store.PublishAsync("p1", 1, "copil", cancellationToken: ct);
        var rogue = await db.ContentItemVersions.AsNoTracking().SingleAsync(v => v.ContentItemId == "p1", ct);
        rogue.Id = 0;
        rogue.Version = 2;
        rogue.Latest = false;
        db.ContentItemVersions.Add(rogue);

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync(ct));
    }

    [Fact]
    public async Task Database_refuses_a_second_latest_version_of_an_item()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var scope = database.Scope();
        var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await store.CreateAsync(new NewContentItem(Sample, "a") { ContentItemId = "p1" }, ct);
        var rogue = await db.ContentItemVersions.AsNoTracking().SingleAsync(v => v.ContentItemId == "p1", ct);
        rogue.Id = 0;
        rogue.Version = 2;
        db.ContentItemVersions.Add(rogue);

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync(ct));
    }

    [Fact]
    public async Task Second_save_with_a_stale_stamp_is_a_conflict_not_an_overwrite()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine);
        string stamp;
        await using (var scope = database.Scope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
            stamp = (await store.CreateAsync(new NewContentItem(Sample, "a") { ContentItemId = "p1" }, ct)).Version!.ConcurrencyStamp;
        }

        // Two editors opened the same draft (same stamp) in two requests.
        await using var first = database.Scope();
        await using var second = database.Scope();
        var one = await first.ServiceProvider.GetRequiredService<ContentStore>().SaveDraftAsync("p1", Sample with { Title = "Éditeur 1" }, "e1", stamp, ct);
        var two = await second.ServiceProvider.GetRequiredService<ContentStore>().SaveDraftAsync("p1", Sample with { Title = "Éditeur 2" }, "e2", stamp, ct);

        Assert.Equal(ContentOutcome.Ok, one.Outcome);
        Assert.Equal(ContentOutcome.Conflict, two.Outcome);
        await using var check = database.Scope();
        var checkStore = check.ServiceProvider.GetRequiredService<ContentStore>();
        Assert.Equal("Éditeur 1", checkStore.Read<Process>((await checkStore.GetLatestAsync("p1", ct))!).Title);
    }

    [Fact]
    public async Task Concurrent_new_versions_from_a_published_item_let_only_one_writer_win()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine);
        string stamp;
        await using (var scope = database.Scope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
            await store.CreateAsync(new NewContentItem(Sample, "a") { ContentItemId = "p1" }, ct);
            stamp = (await store.PublishAsync("p1", 1, "copil", cancellationToken: ct)).Version!.ConcurrencyStamp;
        }

        await using var first = database.Scope();
        await using var second = database.Scope();
        var results = await Task.WhenAll(
            first.ServiceProvider.GetRequiredService<ContentStore>().SaveDraftAsync("p1", Sample with { Title = "A" }, "e1", stamp, ct),
            second.ServiceProvider.GetRequiredService<ContentStore>().SaveDraftAsync("p1", Sample with { Title = "B" }, "e2", stamp, ct));

        Assert.Single(results, r => r.Succeeded);
        Assert.Single(results, r => r.Outcome == ContentOutcome.Conflict);
        await using var check = database.Scope();
        var versions = await check.ServiceProvider.GetRequiredService<ContentStore>().GetVersionsAsync("p1", ct);
        Assert.Equal(2, versions.Count);
        Assert.Single(versions, v => v.Latest);
    }

    [Fact]
    public async Task Unpublishing_removes_the_index_rows()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var scope = database.Scope();
        var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await store.CreateAsync(new NewContentItem(Sample, "a") { ContentItemId = "p1" }, ct);
        await store.PublishAsync("p1", 1, "copil", cancellationToken: ct);
        Assert.Equal(1, await db.Set<ProcessIndex>().CountAsync(ct));

        var result = await store.UnpublishAsync("p1", "admin", ct);

        Assert.True(result.Succeeded);
        Assert.Equal(0, await db.Set<ProcessIndex>().CountAsync(ct));
        Assert.Equal(0, await db.Set<ProcessThemeIndex>().CountAsync(ct));
        Assert.Null(await store.GetPublishedAsync("p1", ct));
    }

    [Fact]
    public async Task A_draft_never_reaches_the_index_tables()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var scope = database.Scope();
        var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var created = (await store.CreateAsync(new NewContentItem(Sample, "a") { ContentItemId = "p1" }, ct)).Version!;
        Assert.True((await store.FreezeAsync("p1", 1, created.ConcurrencyStamp, ct)).Succeeded);

        Assert.Equal(0, await db.Set<ProcessIndex>().CountAsync(ct));
    }

    [Fact]
    public async Task A_frozen_draft_is_never_rewritten_the_next_edit_is_a_new_version()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var scope = database.Scope();
        var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
        var created = (await store.CreateAsync(new NewContentItem(Sample, "a") { ContentItemId = "p1" }, ct)).Version!;
        var frozen = (await store.FreezeAsync("p1", 1, created.ConcurrencyStamp, ct)).Version!;

        var edited = await store.SaveDraftAsync("p1", Sample with { Title = "Corrigé" }, "b", frozen.ConcurrencyStamp, ct);

        Assert.Equal(2, edited.Version!.Version);
        var versions = await store.GetVersionsAsync("p1", ct);
        Assert.Equal([(1, true, false, "Budget participatif 2026"), (2, false, true, "Corrigé")], versions.Select(v => (v.Version, v.Frozen, v.Latest, v.DisplayText)));
        Assert.Equal(ContentOutcome.InvalidState, (await store.FreezeAsync("p1", 1, versions[0].ConcurrencyStamp, ct)).Outcome);
        Assert.Equal(ContentOutcome.Conflict, (await store.FreezeAsync("p1", 2, "perime", ct)).Outcome);
    }
}

public sealed class SqliteContentStoreTests() : ContentStoreTests(DatabaseEngine.Sqlite);

public sealed class PostgreSqlContentStoreTests() : ContentStoreTests(DatabaseEngine.PostgreSql);
