using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Processes.Content;
using Portal.Processes.Public;
using Portal.Processes.Recipes;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Public;

/// <summary>Filters, phases and paging of the public list, against a fixed date.</summary>
public sealed class ProcessListQueryTests
{
    private static readonly DateTimeOffset Today = new(2026, 6, 15, 10, 0, 0, TimeSpan.Zero);

    [Theory, DatabaseEngines]
    public async Task Phase_is_derived_from_dates_and_published_responses(DatabaseEngine engine)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine, new FixedClock(Today));
        await using var scope = database.Scope();
        await PublishAsync(scope, "futur", new DateOnly(2026, 9, 1), new DateOnly(2026, 12, 1));
        await PublishAsync(scope, "courant", new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 15));
        await PublishAsync(scope, "fini", new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 1));
        await PublishAsync(scope, "suivi", new DateOnly(2024, 1, 1), new DateOnly(2024, 6, 1), withResponse: true);
        var query = scope.ServiceProvider.GetRequiredService<ProcessListQuery>();

        async Task<List<string>> Slugs(ProcessPhase phase) =>
            [.. (await query.RunAsync(new ProcessFilter(Phase: phase), ct)).Items.Select(i => i.Slug)];

        Assert.Equal(["futur"], await Slugs(ProcessPhase.Upcoming));
        Assert.Equal(["courant"], await Slugs(ProcessPhase.Ongoing));
        Assert.Equal(["fini"], await Slugs(ProcessPhase.Finished));
        Assert.Equal(["suivi"], await Slugs(ProcessPhase.FollowUp));
        var all = await query.RunAsync(new ProcessFilter(), ct);
        Assert.Equal(ProcessPhase.FollowUp, all.Items.Single(i => i.Slug == "suivi").Phase);
    }

    [Theory, DatabaseEngines]
    public async Task List_pages_by_twelve_newest_first_with_facets(DatabaseEngine engine)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine, new FixedClock(Today));
        await using var scope = database.Scope();
        for (var i = 1; i <= 14; i++)
        {
            await PublishAsync(scope, $"demarche-{i:00}", new DateOnly(2010 + i, 3, 1), new DateOnly(2010 + i, 9, 1));
        }

        var query = scope.ServiceProvider.GetRequiredService<ProcessListQuery>();
        var first = await query.RunAsync(new ProcessFilter(), ct);
        var second = await query.RunAsync(new ProcessFilter(Page: 2), ct);
        var beyond = await query.RunAsync(new ProcessFilter(Page: 99), ct);

        Assert.Equal(14, first.Total);
        Assert.Equal(2, first.PageCount);
        Assert.Equal(12, first.Items.Count);
        Assert.Equal("demarche-14", first.Items[0].Slug);
        Assert.Equal(["demarche-02", "demarche-01"], second.Items.Select(i => i.Slug));
        Assert.Equal(2, beyond.Page);
        Assert.Equal(14, first.Facets.Years.Count);
        Assert.Equal(["demarche-05"], (await query.RunAsync(new ProcessFilter(Year: 2015), ct)).Items.Select(i => i.Slug));
        Assert.Equal(14, (await query.RunAsync(new ProcessFilter(Theme: "Climat", Organiser: "Ville d'Exemple"), ct)).Total);
        Assert.Equal(0, (await query.RunAsync(new ProcessFilter(Theme: "Inconnu"), ct)).Total);
    }

    private static async Task PublishAsync(AsyncServiceScope scope, string slug, DateOnly start, DateOnly end, bool withResponse = false)
    {
        var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
        var demarche = new Process($"Démarche {slug}", slug, "Résumé", "Ville d'Exemple", "Exemple", ["Climat"], start, end);
        await store.UpsertAsync(new NewContentItem(demarche, "test") { ContentItemId = slug }, publish: true);
        if (withResponse)
        {
            var propositionId = ProcessItemIds.Proposition(slug, "P-1");
            await store.UpsertAsync(new NewContentItem(new Proposition("P-1", "Titre", "Texte", "Climat"), "test") { ContentItemId = propositionId, ProcessId = slug }, publish: true);
            await store.UpsertAsync(new NewContentItem(new Response("retenue", "Parce que.", "Conseil", []), "test") { ContentItemId = ProcessItemIds.Response(propositionId), ProcessId = slug, ContainerId = propositionId }, publish: true);
        }
    }
}
