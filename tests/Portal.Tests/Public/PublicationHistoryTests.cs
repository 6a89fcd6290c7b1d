using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Processes.Content;
using Portal.Processes.Recipes;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Public;

/// <summary>« Historique des publications »: every publication listed, each opening the page as it read then.</summary>
public sealed class PublicationHistoryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Slug = "vivre-demain-territoire-2036";
    private const string ProcessId = "demo-cu-vivre-demain-2036";

    [Fact]
    public async Task A_republished_section_lists_both_versions_and_the_archive_shows_the_earlier_text()
    {
        var ct = TestContext.Current.CancellationToken;
        var mandatId = ProcessItemIds.Section(ProcessId, "mandat");
        string earlier;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
            var published = (await store.GetPublishedAsync(mandatId, ct))!;
            earlier = store.Read<Mandate>(published).Text;
            var draft = (await store.SaveDraftAsync(mandatId, new Mandate("Mandat révisé en séance plénière."), "redaction", published.ConcurrencyStamp, ct)).Version!;
            Assert.True((await store.PublishAsync(mandatId, draft.Version, "redaction", cancellationToken: ct)).Succeeded);
        }

        var history = await factory.GetDocumentAsync($"/demarches/{Slug}/historique");
        var rows = history.QuerySelectorAll("tbody tr").Where(r => r.TextContent.Contains("Mandat de participation", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("2 (en vigueur)", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("1 (remplacée)", rows[1].TextContent, StringComparison.Ordinal);

        // A response is named after its proposition, not just « Réponse motivée ».
        Assert.Contains(history.QuerySelectorAll("tbody th"), th => th.TextContent.StartsWith("P-1 — ", StringComparison.Ordinal) && th.TextContent.EndsWith(" : Réponse motivée", StringComparison.Ordinal));

        var then = await factory.GetDocumentAsync(rows[1].QuerySelector("a")!.GetAttribute("href")!);
        var mandat = then.QuerySelector("section[aria-labelledby=mandat]")!.TextContent;
        Assert.Contains(earlier[..40], mandat, StringComparison.Ordinal);
        Assert.DoesNotContain("Mandat révisé en séance plénière.", mandat, StringComparison.Ordinal);
        Assert.Contains("Version archivée.", then.QuerySelector("[role=note]")!.TextContent, StringComparison.Ordinal);

        var now = await factory.GetDocumentAsync(rows[0].QuerySelector("a")!.GetAttribute("href")!);
        Assert.Contains("Mandat révisé en séance plénière.", now.QuerySelector("section[aria-labelledby=mandat]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_item_republished_after_a_takedown_shows_only_its_new_version_and_the_old_ones_stay_down()
    {
        var ct = TestContext.Current.CancellationToken;
        var id = ProcessItemIds.Proposition(ProcessId, "P-2");
        const string TakenDown = "Texte retiré pour des raisons juridiques";
        ContentItemVersion v1, v2, v3;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
            v1 = (await store.GetPublishedAsync(id, ct))!;
            v2 = (await store.SaveDraftAsync(id, store.Read<Proposition>(v1) with { Text = TakenDown }, "redaction", v1.ConcurrencyStamp, ct)).Version!;
            Assert.True((await store.PublishAsync(id, v2.Version, "redaction", cancellationToken: ct)).Succeeded);
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<ContentStore>().UnpublishAsync(id, "admin", ct)).Succeeded);
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
            var archived = (await store.GetLatestAsync(id, ct))!;
            v3 = (await store.SaveDraftAsync(id, store.Read<Proposition>(v1) with { Text = "Texte revu et validé à nouveau" }, "redaction", archived.ConcurrencyStamp, ct)).Version!;
            Assert.True((await store.PublishAsync(id, v3.Version, "redaction", cancellationToken: ct)).Succeeded);
        }

        var (first, takenDown, republished) = (v1.Id, v2.Id, v3.Id);
        var history = await factory.GetDocumentAsync($"/demarches/{Slug}/historique");
        var links = history.QuerySelectorAll("a[href*='/historique/']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains($"/demarches/{Slug}/historique/{republished}", links);
        Assert.DoesNotContain($"/demarches/{Slug}/historique/{takenDown}", links);
        Assert.DoesNotContain($"/demarches/{Slug}/historique/{first}", links);

        using var client = factory.CreateClient();
        foreach (var version in new[] { first, takenDown })
        {
            var archive = await client.GetAsync(new Uri($"/demarches/{Slug}/historique/{version}", UriKind.Relative), ct);
            Assert.Equal(HttpStatusCode.NotFound, archive.StatusCode);
        }

        // Neither does the taken-down text come back inside the archive of another item's publication.
        foreach (var link in links.Take(5))
        {
            Assert.DoesNotContain(TakenDown, await client.GetStringAsync(new Uri(link, UriKind.Relative), ct), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_version_of_another_process_or_unknown_has_no_archive_page()
    {
        long otherProcessVersion;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
            otherProcessVersion = (await store.GetPublishedAsync("demo-departement-assemblee-citoyenne-2022", TestContext.Current.CancellationToken))!.Id;
        }

        using var client = factory.CreateClient();
        foreach (var path in new[] { $"/demarches/{Slug}/historique/{otherProcessVersion}", $"/demarches/{Slug}/historique/999999999", "/demarches/inconnue/historique" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
        }
    }
}
