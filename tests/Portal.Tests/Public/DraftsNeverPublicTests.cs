using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Processes.Content;
using Portal.Processes.Recipes;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Public;

/// <summary>Text that exists only in drafts or in versions under review appears on no public surface.</summary>
public abstract class DraftsNeverPublicTests(PortalFactoryBase factory) : IAsyncLifetime
{
    private const string DraftMarker = "BROUILLON-JAMAIS-PUBLIC";
    private const string ReviewMarker = "EN-REVUE-JAMAIS-PUBLIC";
    private const string ProcessId = "demo-departement-assemblee-citoyenne-2022";
    private readonly PortalFactoryBase _factory = factory;

    public async ValueTask InitializeAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ContentStore>();

        // 1. A new draft of a published proposition.
        var propositionId = ProcessItemIds.Proposition(ProcessId, "TEJ-1");
        var published = (await store.GetPublishedAsync(propositionId))!;
        var proposition = store.Read<Proposition>(published);
        Assert.True((await store.SaveDraftAsync(propositionId, proposition with { Title = DraftMarker, Text = DraftMarker }, "editeur", published.ConcurrencyStamp)).Succeeded);

        // 2. A new draft of the process itself, then submitted for review.
        var process = (await store.GetPublishedAsync(ProcessId))!;
        var demarche = store.Read<Process>(process);
        var draft = (await store.SaveDraftAsync(ProcessId, demarche with { Summary = ReviewMarker, Slug = "adresse-en-revue" }, "editeur", process.ConcurrencyStamp)).Version!;
        Assert.True((await store.FreezeAsync(ProcessId, draft.Version, draft.ConcurrencyStamp)).Succeeded);

        // 3. A process that was never published, with a proposition and a response.
        var newProcess = new Process(DraftMarker, "demarche-brouillon", DraftMarker, DraftMarker, "Nulle part", [DraftMarker], new DateOnly(2026, 1, 1), null);
        await store.CreateAsync(new NewContentItem(newProcess, "editeur") { ContentItemId = "brouillon" });
        await store.CreateAsync(new NewContentItem(new Proposition("B-1", DraftMarker, DraftMarker, DraftMarker), "editeur") { ContentItemId = "brouillon/proposition/B-1", ProcessId = "brouillon" });

        // 4. A new draft of a published response, in review.
        var responseId = ProcessItemIds.Response(ProcessItemIds.Proposition(ProcessId, "NUM-1"));
        var response = (await store.GetPublishedAsync(responseId))!;
        var responseDraft = (await store.SaveDraftAsync(responseId, store.Read<Response>(response) with { Motivation = ReviewMarker }, "editeur", response.ConcurrencyStamp)).Version!;
        Assert.True((await store.FreezeAsync(responseId, responseDraft.Version, responseDraft.ConcurrencyStamp)).Succeeded);
    }

    [Fact]
    public async Task No_public_page_or_sitemap_shows_draft_or_review_text()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = _factory.CreateClient();
        var sitemap = await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative), ct);
        AssertClean("/sitemap.xml", sitemap);
        var paths = XDocument.Parse(sitemap).Descendants(XName.Get("loc", "http://www.sitemaps.org/schemas/sitemap/0.9"))
            .Select(loc => new Uri(loc.Value).PathAndQuery)
            .Concat(["/", "/demarches", "/demarches?statut=en-cours", "/demarches?statut=suivi", "/demarches?annee=2026",
                "/recherche?q=brouillon+jamais+public", "/recherche?q=en+revue", "/recherche?q=b-1", "/api/v1/search?q=brouillon+jamais+public", "/api/v1/search?q=en+revue+jamais"])
            .ToList();
        Assert.True(paths.Count > 25, "the sitemap lists the demo processes and their propositions");

        foreach (var path in paths)
        {
            var response = await client.GetAsync(new Uri(path, UriKind.Relative), ct);
            Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}");
            AssertClean(path, await response.Content.ReadAsStringAsync(ct));
        }

        // The unpublished process and the in-review slug have no page at all.
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/demarches/demarche-brouillon", UriKind.Relative), ct)).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/demarches/adresse-en-revue", UriKind.Relative), ct)).StatusCode);
    }

    [Fact]
    public async Task The_published_version_is_still_what_the_public_reads()
    {
        var page = await _factory.GetDocumentAsync("/demarches/assemblee-citoyenne-departementale-2022-2023/propositions/TEJ-1");

        Assert.DoesNotContain(DraftMarker, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Proposition TEJ-1 : ", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private static void AssertClean(string path, string body)
    {
        Assert.False(body.Contains(DraftMarker, StringComparison.Ordinal), $"{path} shows draft text");
        Assert.False(body.Contains(ReviewMarker, StringComparison.Ordinal), $"{path} shows text under review");
        Assert.False(body.Contains("adresse-en-revue", StringComparison.Ordinal), $"{path} shows a slug under review");
    }
}

public sealed class SqliteDraftsNeverPublicTests() : DraftsNeverPublicTests(new PortalFactory());

public sealed class PostgreSqlDraftsNeverPublicTests() : DraftsNeverPublicTests(new PostgreSqlPortalFactory());
