using System.Xml;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Processes.Content;
using Portal.Processes.Recipes;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.OpenData;

/// <summary>Atom feeds follow the format's rules, hold what is published, gain entries on publication and lose them on unpublication.</summary>
public sealed class AtomFeedTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string ProcessId = "demo-departement-assemblee-citoyenne-2022";
    private const string Slug = "assemblee-citoyenne-departementale-2022-2023";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static TheoryData<string> Feeds() =>
    [
        "/flux.atom",
        $"/demarches/{Slug}/flux.atom",
        $"/demarches/{Slug}/propositions/NUM-1/flux.atom",
        "/recherche/flux.atom?q=numerique",
    ];

    [Theory]
    [MemberData(nameof(Feeds))]
    public async Task Each_feed_is_valid_atom(string path)
    {
        var feed = await GetFeedAsync(path);

        Assert.Equal(Atom + "feed", feed.Root!.Name);
        AssertRequired(feed.Root!, "feed");
        Assert.Contains(feed.Root!.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");
        Assert.NotEmpty(feed.Root!.Elements(Atom + "author").Elements(Atom + "name"));
        var entries = feed.Root!.Elements(Atom + "entry").ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e =>
        {
            AssertRequired(e, "entry");
            Assert.Contains(e.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "alternate" && Uri.IsWellFormedUriString((string?)l.Attribute("href"), UriKind.Absolute));
        });
        Assert.Equal(entries.Count, entries.Select(e => (string)e.Element(Atom + "id")!).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Pages_link_to_their_feeds_in_their_head()
    {
        var process = await factory.GetDocumentAsync($"/demarches/{Slug}");
        var proposition = await factory.GetDocumentAsync($"/demarches/{Slug}/propositions/NUM-1");
        var search = await factory.GetDocumentAsync("/recherche?q=numerique");

        string[] Feeds(AngleSharp.Dom.IDocument page) => [.. page.Head!.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href")!)];
        Assert.Equal(["/flux.atom", $"/demarches/{Slug}/flux.atom"], Feeds(process));
        Assert.Contains($"/demarches/{Slug}/propositions/NUM-1/flux.atom", Feeds(proposition));
        Assert.Contains("/recherche/flux.atom?q=numerique", Feeds(search));
        foreach (var href in Feeds(process).Concat(Feeds(proposition)).Concat(Feeds(search)))
        {
            await GetFeedAsync(href);
        }
    }

    [Fact]
    public async Task A_follow_up_enters_the_feeds_when_published_and_leaves_them_when_unpublished()
    {
        var propositionId = ProcessItemIds.Proposition(ProcessId, "TEJ-3");
        var followUpId = ProcessItemIds.FollowUp(propositionId, 77);
        string[] paths = ["/flux.atom", $"/demarches/{Slug}/flux.atom", $"/demarches/{Slug}/propositions/TEJ-3/flux.atom"];
        foreach (var path in paths)
        {
            Assert.DoesNotContain("SUIVI-FLUX-77", (await GetFeedAsync(path)).ToString(), StringComparison.Ordinal);
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
            var ct = TestContext.Current.CancellationToken;
            var followUp = new FollowUp(new DateOnly(2026, 11, 27), "en-cours", "Travaux engagés SUIVI-FLUX-77", []);
            var created = await store.CreateAsync(new NewContentItem(followUp, "editeur") { ContentItemId = followUpId, ProcessId = ProcessId, ContainerId = propositionId }, ct);
            Assert.True((await store.PublishAsync(followUpId, created.Version!.Version, "editeur", cancellationToken: ct)).Succeeded);
        }

        foreach (var path in paths)
        {
            var entry = Assert.Single((await GetFeedAsync(path)).Root!.Elements(Atom + "entry"), e => e.ToString().Contains("SUIVI-FLUX-77", StringComparison.Ordinal));
            Assert.StartsWith("Suivi de la proposition TEJ-3", (string)entry.Element(Atom + "title")!, StringComparison.Ordinal);
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<ContentStore>().UnpublishAsync(followUpId, "admin", TestContext.Current.CancellationToken)).Succeeded);
        }

        foreach (var path in paths)
        {
            Assert.DoesNotContain("SUIVI-FLUX-77", (await GetFeedAsync(path)).ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_search_feed_applies_the_filters_of_the_search_page_newest_first()
    {
        var all = await GetFeedAsync("/recherche/flux.atom?q=covoiturage");
        var responses = await GetFeedAsync("/recherche/flux.atom?q=covoiturage&type=reponse");
        static string[] Kinds(XDocument feed) => [.. feed.Root!.Elements(Atom + "entry").Select(e => (string)e.Element(Atom + "category")!.Attribute("term")!)];

        Assert.Contains(Kinds(all), k => k != "reponse");
        Assert.NotEmpty(Kinds(responses));
        Assert.All(Kinds(responses), k => Assert.Equal("reponse", k));
        var page = (string)responses.Root!.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!;
        Assert.Equal(PortalFactoryBase.PublicUrl + "/recherche?q=covoiturage&type=reponse", page);
        var updated = all.Root!.Elements(Atom + "entry").Select(e => (string)e.Element(Atom + "updated")!).ToList();
        Assert.Equal(updated.OrderDescending(StringComparer.Ordinal), updated);

        using var client = factory.CreateClient();
        var refused = await client.GetAsync(new Uri("/recherche/flux.atom?q=covoiturage&annee=deux-mille", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Unknown_process_or_proposition_has_no_feed()
    {
        using var client = factory.CreateClient();
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/demarches/inconnue/flux.atom", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/demarches/{Slug}/propositions/ZZZ-9/flux.atom", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
    }

    private static void AssertRequired(XElement element, string what)
    {
        Assert.True(Uri.IsWellFormedUriString((string?)element.Element(Atom + "id"), UriKind.Absolute), $"{what} has an absolute IRI as id");
        Assert.False(string.IsNullOrWhiteSpace((string?)element.Element(Atom + "title")), $"{what} has a title");
        Assert.True(DateTimeOffset.TryParseExact((string?)element.Element(Atom + "updated"), "yyyy-MM-dd'T'HH:mm:ss'Z'", null, System.Globalization.DateTimeStyles.AssumeUniversal, out _), $"{what} has an RFC 3339 updated");
    }

    private async Task<XDocument> GetFeedAsync(string path)
    {
        var response = await factory.GetOkAsync(path);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader);
    }
}
