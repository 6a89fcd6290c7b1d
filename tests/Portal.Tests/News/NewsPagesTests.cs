using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Identity;
using Portal.News;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.News;

/// <summary>The demo's news where the public reads them: home page, list, item page, process page, history, feeds, site map.</summary>
public sealed class NewsPagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Departement = "/demarches/assemblee-citoyenne-departementale-2022-2023";
    private const string Metropole = "/demarches/vivre-demain-territoire-2036";
    private const string Latest = "/actualites/assemblee-departementale-avis-remis";

    [Fact]
    public async Task Home_page_shows_the_three_latest_news_newest_first()
    {
        var page = await factory.GetDocumentAsync("/");

        var section = page.QuerySelector("section[aria-labelledby=actualites]")!;
        Assert.Equal("Dernières actualités", section.QuerySelector("h2")!.TextContent);
        var links = section.QuerySelectorAll(".card h3 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(3, links.Count);
        Assert.Equal(Latest, links[0]);
        Assert.NotNull(section.QuerySelector("a[href='/actualites']"));
    }

    [Fact]
    public async Task Process_page_has_a_news_section_with_its_own_news_only()
    {
        var departement = await factory.GetDocumentAsync(Departement);
        var metropole = await factory.GetDocumentAsync(Metropole);

        var section = departement.QuerySelector("section[aria-labelledby=actualites]")!;
        Assert.Equal("Actualités", section.QuerySelector("h2")!.TextContent);
        Assert.Equal(3, section.QuerySelectorAll(".card a[href^='/actualites/']").Length);
        Assert.NotNull(departement.QuerySelector("nav a[href='#actualites']"));
        Assert.Null(metropole.QuerySelector("section[aria-labelledby=actualites]"));
    }

    [Fact]
    public async Task News_item_page_shows_its_date_body_and_process()
    {
        var page = await factory.GetDocumentAsync(Latest);

        Assert.Equal("L'avis de l'Assemblée citoyenne remis au président du Département", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("2023-09-25", page.QuerySelector("article time")!.GetAttribute("datetime"));
        Assert.NotNull(page.QuerySelector($"article a[href='{Departement}']"));
        Assert.Contains("Actualité fictive", page.QuerySelector("article")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task News_list_pages_ten_at_a_time_with_labelled_pagination()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
            for (var i = 1; i <= 9; i++)
            {
                // Old dates: they go to the end of the list and leave the home page's latest three alone.
                var item = new NewsItem($"Archive {i}", $"archive-{i}", new DateOnly(2001, 1, i), "Une archive.", "Texte.");
                await store.UpsertAsync(new NewContentItem(item, "test") { ContentItemId = $"actualite-archive-{i}" }, publish: true, ct);
            }
        }

        var first = await factory.GetDocumentAsync("/actualites?liste=1");
        var second = await factory.GetDocumentAsync("/actualites?p=2&liste=1");

        Assert.Equal(10, first.QuerySelectorAll("main .card h2 a").Length);
        Assert.Equal(2, second.QuerySelectorAll("main .card h2 a").Length);
        var pager = first.QuerySelector("nav[aria-label='Pages des actualités']")!;
        Assert.Equal("Page 1", pager.QuerySelector("[aria-current=page]")!.TextContent);
        Assert.Equal("/actualites?p=2", pager.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Contains("page 2 sur 2", second.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/actualites", second.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Feeds_carry_the_news_site_wide_and_in_their_process()
    {
        using var client = factory.CreateClient();
        var ct = TestContext.Current.CancellationToken;

        var site = await client.GetStringAsync(new Uri("/flux.atom", UriKind.Relative), ct);
        var departement = await client.GetStringAsync(new Uri(Departement + "/flux.atom", UriKind.Relative), ct);
        var metropole = await client.GetStringAsync(new Uri(Metropole + "/flux.atom", UriKind.Relative), ct);

        Assert.Contains("Actualité : L'avis de l'Assemblée citoyenne remis", site, StringComparison.Ordinal);
        Assert.Equal(3, CountOf(departement, "term=\"actualite\""));
        Assert.Equal(0, CountOf(metropole, "term=\"actualite\""));
        Assert.Contains(PortalFactoryBase.PublicUrl + Latest, departement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_history_and_site_map_list_the_news()
    {
        var history = await factory.GetDocumentAsync(Departement + "/historique");
        var map = await factory.GetDocumentAsync("/plan-du-site");
        using var client = factory.CreateClient();
        var sitemap = await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative), TestContext.Current.CancellationToken);

        var rows = history.QuerySelectorAll("tbody tr").Where(r => r.Children[1].TextContent == "Actualité").ToList();
        Assert.Equal(3, rows.Count);
        Assert.NotNull(map.QuerySelector("a[href='/actualites']"));
        Assert.Contains(PortalFactoryBase.PublicUrl + Latest, sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_or_submitted_news_item_is_never_public()
    {
        const string Marker = "ACTUALITE-BROUILLON-JAMAIS-PUBLIQUE";
        var ct = TestContext.Current.CancellationToken;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
            var draft = new NewsItem(Marker, "actualite-brouillon", new DateOnly(2030, 1, 1), Marker, Marker);
            await store.CreateAsync(new NewContentItem(draft, "editeur") { ContentItemId = "actualite-brouillon", ProcessId = "demo-departement-assemblee-citoyenne-2022" }, ct);
            var submitted = (await store.CreateAsync(new NewContentItem(draft with { Slug = "actualite-en-revue" }, "editeur") { ContentItemId = "actualite-en-revue" }, ct)).Version!;
            Assert.True((await store.FreezeAsync(submitted.ContentItemId, submitted.Version, submitted.ConcurrencyStamp, ct)).Succeeded);
        }

        using var client = factory.CreateClient();
        foreach (var path in new[] { "/?brouillon=1", "/actualites?brouillon=1", Departement + "?brouillon=1", Departement + "/historique?brouillon=1", "/flux.atom?brouillon=1", Departement + "/flux.atom?brouillon=1", "/sitemap.xml?brouillon=1" })
        {
            var body = await client.GetStringAsync(new Uri(path, UriKind.Relative), ct);
            Assert.DoesNotContain(Marker, body, StringComparison.Ordinal);
        }

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/actualites/actualite-brouillon", UriKind.Relative), ct)).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/actualites/actualite-en-revue", UriKind.Relative), ct)).StatusCode);
    }

    [Fact]
    public async Task Editors_find_the_news_on_the_back_office_home_and_on_their_process_page()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);

        var home = await editor.GetAsync("/admin");
        var process = await editor.GetAsync("/admin/demarches/demo-departement-assemblee-citoyenne-2022");
        var other = await editor.GetAsync("/admin/demarches/demo-cu-vivre-demain-2036");

        Assert.Contains(home.QuerySelectorAll("a[href^='/admin/contenu/modifier?id=actualite-']"), a => a.TextContent.StartsWith("L'avis de l'Assemblée", StringComparison.Ordinal));
        Assert.Equal(3, process.QuerySelectorAll("a[href^='/admin/contenu/modifier?id=actualite-assemblee']").Length);
        Assert.NotNull(process.QuerySelector("a[href='/admin/contenu/modifier?type=Actualite&process=demo-departement-assemblee-citoyenne-2022']"));
        Assert.Empty(other.QuerySelectorAll("a[href^='/admin/contenu/modifier?id=actualite-']"));
    }

    [Fact]
    public async Task Closed_2021_process_shows_its_past_registration_period_and_where_results_appear()
    {
        var page = await factory.GetDocumentAsync(Metropole);

        Assert.Null(page.QuerySelector("#participer-modalites"));
        Assert.Contains("Les inscriptions étaient ouvertes du 15 mars 2021 au 14 mai 2021.", page.QuerySelector("#participer-close")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("La participation est terminée", page.QuerySelector("section[aria-labelledby=participer]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty((await factory.GetDocumentAsync("/demarches?ouvertes=true")).QuerySelectorAll(".cards h2 a"));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
