using System.Net;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Public;

/// <summary>What a visitor reads on the public site, once the demo recipe is loaded.</summary>
public abstract class PublicPagesTests(PortalFactoryBase factory)
{
    private const string Metropole = "/demarches/vivre-demain-territoire-2036";
    private const string Departement = "/demarches/assemblee-citoyenne-departementale-2022-2023";

    [Fact]
    public async Task Process_list_shows_the_demo_processes_marked_as_demo()
    {
        var page = await factory.GetDocumentAsync("/demarches");

        var titles = page.QuerySelectorAll(".cards h2 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(Metropole, titles);
        Assert.Contains(Departement, titles);
        Assert.Equal(2, page.QuerySelectorAll(".cards .demo-badge").Length);
        Assert.Equal("Démarches de participation", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Process_list_filters_by_year_and_theme()
    {
        var only2021 = await factory.GetDocumentAsync("/demarches?annee=2021");
        var links = only2021.QuerySelectorAll(".cards h2 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([Metropole], links);

        var none = await factory.GetDocumentAsync("/demarches?annee=1990");
        Assert.Empty(none.QuerySelectorAll(".cards h2 a"));
        Assert.Contains("Aucune démarche", none.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);

        var followUp = await factory.GetDocumentAsync("/demarches?statut=suivi");
        Assert.Equal(2, followUp.QuerySelectorAll(".cards h2 a").Length);
        Assert.Empty((await factory.GetDocumentAsync("/demarches?statut=a-venir")).QuerySelectorAll(".cards h2 a"));
    }

    [Fact]
    public async Task Malformed_filters_are_ignored_not_errors()
    {
        var page = await factory.GetDocumentAsync("/demarches?annee=abc&p=-4&statut=%3Cscript%3E");

        Assert.Equal(2, page.QuerySelectorAll(".cards h2 a").Length);
    }

    [Fact]
    public async Task Process_page_shows_every_CIPC_section_in_order()
    {
        var page = await factory.GetDocumentAsync(Departement);

        var sections = page.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Fiche d'identité", "Mandat de participation", "Composition du panel", "Intervenants", "Avis des citoyens", "Impact", "Évaluation de la démarche", "Documents", "Actualités"], sections);
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.NotNull(page.QuerySelector(".demo-banner"));
    }

    [Fact]
    public async Task Panel_composition_has_an_accessible_chart_backed_by_a_table()
    {
        var page = await factory.GetDocumentAsync(Departement);

        var chart = page.QuerySelector("section[aria-labelledby=panel] .bar-chart")!;
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.NotNull(page.GetElementById(chart.GetAttribute("aria-labelledby")!));

        // Labels and values are text of the page (legible at every width), each value named by its word.
        Assert.Contains(chart.QuerySelectorAll(".bar-label"), l => l.TextContent == "Femmes");
        Assert.Contains(chart.QuerySelectorAll(".bar-value"), v => v.TextContent.StartsWith("Objectif ", StringComparison.Ordinal));
        Assert.Empty(chart.QuerySelectorAll("svg text"));

        // The reference population beside target and achieved: 51,9 % of women, brought to the 108 members.
        Assert.Contains(chart.QuerySelectorAll(".bar-value"), v => v.TextContent == "Référence 56,1 (51,9 %)");
        var table = page.GetElementById(chart.GetAttribute("aria-describedby")!)!;
        Assert.Equal("table", table.LocalName);
        var rows = table.QuerySelectorAll("tbody tr").Select(r => r.QuerySelector("th")!.TextContent).ToList();
        Assert.Contains("Femmes", rows);
        Assert.Contains("108", page.QuerySelector("section[aria-labelledby=panel] dl")!.TextContent, StringComparison.Ordinal);
        // The demo's draw is public: the panel links to its page.
        Assert.NotNull(page.QuerySelector("section[aria-labelledby=panel] a[href$='/tirage']"));
    }

    [Fact]
    public async Task Impact_lists_each_decision_and_the_permalinks_hold_motivations_and_follow_ups()
    {
        var page = await factory.GetDocumentAsync(Departement);

        var decisions = page.QuerySelectorAll("section[aria-labelledby=impact] table.propositions .decision").Select(d => d.TextContent).Distinct().ToList();
        Assert.Equal(5, decisions.Count);
        Assert.Contains("Hors compétence", decisions);
        Assert.Empty(page.QuerySelectorAll(".followups li"));
        var followUps = 0;
        foreach (var link in page.QuerySelectorAll("table.propositions td a").Select(a => a.GetAttribute("href")!))
        {
            var permalink = await factory.GetDocumentAsync(link);
            Assert.NotNull(permalink.QuerySelector(".decision"));
            followUps += permalink.QuerySelectorAll(".followups li").Length;
        }

        Assert.True(followUps > 0, "the follow-ups are on the permalinks");
    }

    [Fact]
    public async Task Proposition_list_filters_by_decision_with_a_labelled_form_and_counts()
    {
        var all = await factory.GetDocumentAsync(Departement);
        var option = all.QuerySelector("#prop-decision option[value=hors-competence]")!;
        var count = all.QuerySelectorAll("table.propositions .decision").Count(d => d.TextContent == "Hors compétence");
        Assert.Contains($"({count})", option.TextContent, StringComparison.Ordinal);
        Assert.Equal("Filtrer les propositions", all.QuerySelector("form[action$='#propositions']")!.GetAttribute("aria-label"));
        foreach (var select in all.QuerySelectorAll("form[action$='#propositions'] select"))
        {
            Assert.NotNull(all.QuerySelector($"label[for={select.Id}]"));
        }

        var filtered = await factory.GetDocumentAsync(Departement + "?decision=hors-competence");

        var rows = filtered.QuerySelectorAll("table.propositions tbody tr");
        Assert.Equal(count, rows.Length);
        Assert.All(rows, r => Assert.Equal("Hors compétence", r.QuerySelector(".decision")!.TextContent));
        Assert.NotNull(filtered.QuerySelector("#prop-decision option[value=hors-competence][selected]"));
    }

    [Fact]
    public async Task Proposition_permalink_shows_its_response_and_follow_up_history()
    {
        var process = await factory.GetDocumentAsync(Departement);
        var permalink = process.QuerySelector("section[aria-labelledby=impact] table.propositions a")!.GetAttribute("href")!;

        var page = await factory.GetDocumentAsync(permalink);

        Assert.StartsWith("Proposition ", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Réponse de l'organisateur", page.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.NotNull(page.QuerySelector(".decision"));
        Assert.Equal(PortalFactoryBase.PublicUrl + permalink, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/nulle-part")]
    [InlineData("/demarches/inconnue")]
    [InlineData("/demarches/vivre-demain-territoire-2036/propositions/ZZZ-999")]
    [InlineData("/pages/inconnue")]
    public async Task Unknown_addresses_get_a_French_404_page(string path)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Page introuvable", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"fr\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_have_a_skip_link_landmarks_and_labelled_filters()
    {
        var page = await factory.GetDocumentAsync("/demarches");

        Assert.Equal("#contenu", page.QuerySelector("a.skip-link")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("header[role=banner]"));
        Assert.NotNull(page.QuerySelector("main#contenu"));
        Assert.NotNull(page.QuerySelector("footer[role=contentinfo]"));
        foreach (var select in page.QuerySelectorAll("form select"))
        {
            Assert.NotNull(page.QuerySelector($"label[for={select.Id}]"));
        }
    }

    [Fact]
    public async Task Sitemap_lists_processes_and_proposition_permalinks_and_robots_points_to_it()
    {
        using var client = factory.CreateClient();

        var sitemap = await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative), TestContext.Current.CancellationToken);
        var robots = await client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains($"<loc>{PortalFactoryBase.PublicUrl}{Departement}</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains(Metropole + "/propositions/P-1</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains($"Sitemap: {PortalFactoryBase.PublicUrl}/sitemap.xml", robots, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_page_counts_published_propositions()
    {
        var page = await factory.GetDocumentAsync("/");

        Assert.Equal(2, page.QuerySelectorAll("main h3 a[href^='/demarches/']").Length);
        Assert.Contains("25", page.QuerySelector("[aria-label='Chiffres clés']")!.TextContent, StringComparison.Ordinal);
    }
}

public sealed class SqlitePublicPagesTests(PortalFactory factory) : PublicPagesTests(factory), IClassFixture<PortalFactory>;

public sealed class PostgreSqlPublicPagesTests(PostgreSqlPortalFactory factory) : PublicPagesTests(factory), IClassFixture<PostgreSqlPortalFactory>;
