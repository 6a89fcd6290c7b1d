using System.Globalization;
using Portal.Processes.Public;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Suivi;

/// <summary>The devoir de suite's public pages on the demo: figures equal to the database, charts with tables, lists and CSV behind each figure.</summary>
public abstract class DashboardPagesTests(PortalFactoryBase factory)
{
    private const string DepartementId = "demo-departement-assemblee-citoyenne-2022";
    private const string Departement = "/demarches/assemblee-citoyenne-departementale-2022-2023";

    private static DateOnly Today => DateOnly.FromDateTime(Core.Text.French.ToParis(DateTime.UtcNow));

    [Fact]
    public async Task Site_wide_dashboard_figures_equal_the_published_content()
    {
        var ct = TestContext.Current.CancellationToken;
        var expected = await DemoPublished.ReadAsync(factory, Today, ct);

        var page = await factory.GetDocumentAsync("/suivi");

        string Figure(string name) => page.QuerySelector($"[data-figure='{name}']")!.TextContent.Trim();
        Assert.Equal(expected.Count.ToString(CultureInfo.InvariantCulture), Figure("propositions"));
        Assert.Equal((expected.Count - expected.Count(p => p.Decision is not null)).ToString(CultureInfo.InvariantCulture), Figure("unanswered"));
        var median = DemoPublished.Median(expected.Where(p => p.RespondedOn is not null).Select(p => p.RespondedOn!.Value.DayNumber - p.HandOver!.Value.DayNumber));
        Assert.Equal(median.ToString("0.#", Core.Text.French.Culture) + " jours", Figure("median-days"));
        Assert.Equal(expected.Count(p => p.Decision == "retenue").ToString(CultureInfo.InvariantCulture), Figure("decision-retenue"));
        Assert.Equal(expected.Count(p => p.RespondedOn > p.Due).ToString(CultureInfo.InvariantCulture), Figure("timing-en-retard"));
        Assert.Equal(expected.Sum(p => p.LateCommitments).ToString(CultureInfo.InvariantCulture), Figure("commitment-en-retard"));
        Assert.Equal(expected.Sum(p => p.AbandonedCommitments).ToString(CultureInfo.InvariantCulture), Figure("commitment-abandonne"));
        Assert.True(expected.Sum(p => p.LateCommitments) > 0 && expected.Any(p => p.RespondedOn > p.Due), "the demo has late commitments and a late response");
    }

    [Fact]
    public async Task Every_chart_is_an_image_described_by_a_table_and_figures_link_to_their_list()
    {
        var page = await factory.GetDocumentAsync(Departement + "/suivi");

        var charts = page.QuerySelectorAll("svg.dashboard-chart");
        Assert.NotEmpty(charts);
        foreach (var chart in charts)
        {
            Assert.Equal("img", chart.GetAttribute("role"));
            Assert.NotNull(page.GetElementById(chart.GetAttribute("aria-labelledby")!));
            Assert.Equal("TABLE", page.GetElementById(chart.GetAttribute("aria-describedby")!)!.TagName);
        }

        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        var late = page.QuerySelector("[data-figure='commitment-en-retard']")!;
        Assert.StartsWith("/suivi/propositions?demarche=assemblee-citoyenne-departementale-2022-2023&engagement=en-retard", late.GetAttribute("href"), StringComparison.Ordinal);
        var list = await factory.GetDocumentAsync(late.GetAttribute("href")!);
        var expected = (await DemoPublished.ReadAsync(factory, Today, TestContext.Current.CancellationToken))
            .Where(p => p.ProcessId == DepartementId && p.LateCommitments > 0).Select(p => p.Code).Order().ToList();
        Assert.Equal(expected, list.QuerySelectorAll("table.propositions tbody th").Select(th => th.TextContent.Trim()).Order().ToList());
    }

    [Fact]
    public async Task Retained_proposals_without_follow_up_for_a_year_are_a_filter_and_a_csv()
    {
        var ct = TestContext.Current.CancellationToken;
        var expected = (await DemoPublished.ReadAsync(factory, Today, ct))
            .Where(p => p.ProcessId == DepartementId && p.Decision == "retenue" && Today.DayNumber - (p.LastFollowUp ?? p.RespondedOn)!.Value.DayNumber > 365)
            .Select(p => p.Code).Order().ToList();
        var query = "?organisateur=" + Uri.EscapeDataString("Département des Monts-d'Orvale") + "&decision=retenue&sans-suivi-depuis=365";

        var list = await factory.GetDocumentAsync(TrackingLinks.ListPath + query);
        using var client = factory.CreateClient();
        var csv = await client.GetStringAsync(new Uri(TrackingLinks.CsvPath + query, UriKind.Relative), ct);

        Assert.Equal(expected, list.QuerySelectorAll("table.propositions tbody th").Select(th => th.TextContent.Trim()).Order().ToList());
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("demarche;organisateur;annee;code", lines[0], StringComparison.Ordinal);
        Assert.Equal(expected, lines.Skip(1).Select(l => l.Split(';')[3]).Order().ToList());
    }

    [Theory]
    [InlineData("/suivi", null)]
    [InlineData(Departement + "/suivi", DepartementId)]
    public async Task Committee_grades_against_decisions_equal_the_published_content_and_open_their_list(string dashboard, string? processId)
    {
        var ct = TestContext.Current.CancellationToken;
        var expected = (await DemoPublished.ReadAsync(factory, Today, ct)).Where(p => processId is null || p.ProcessId == processId).ToList();
        string[] grades = ["reprise-sans-modification", "reprise-modifiee", "reprise-partiellement", "non-reprise", "trop-tot", "aucun"];

        var page = await factory.GetDocumentAsync(dashboard);

        var cells = page.QuerySelectorAll("#table-appreciations tbody td a");
        Assert.Equal(expected.Count, cells.Sum(a => int.Parse(a.TextContent, CultureInfo.InvariantCulture)));
        foreach (var decision in expected.Select(p => p.Decision ?? "aucun").Distinct())
        {
            foreach (var grade in grades)
            {
                var count = expected.Count(p => (p.Decision ?? "aucun") == decision && (p.Grade ?? "aucun") == grade);
                Assert.Equal(count.ToString(CultureInfo.InvariantCulture), page.QuerySelector($"[data-figure='grade-{decision}-{grade}']")!.TextContent.Trim());
            }
        }

        var disagreement = expected.First(p => p.Grade is not null);
        var link = page.QuerySelector($"[data-figure='grade-{disagreement.Decision}-{disagreement.Grade}']")!.GetAttribute("href")!;
        Assert.Contains("appreciation=" + disagreement.Grade, link, StringComparison.Ordinal);
        var list = await factory.GetDocumentAsync(link);
        Assert.Equal(
            expected.Where(p => p.Decision == disagreement.Decision && p.Grade == disagreement.Grade).Select(p => p.Code).Order().ToList(),
            list.QuerySelectorAll("table.propositions tbody th").Select(th => th.TextContent.Trim()).Order().ToList());
        var chart = page.QuerySelector("svg.cross-chart")!;
        Assert.Equal("table-appreciations", chart.GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task Permalink_shows_the_late_response_commitments_with_their_formula_and_typed_evidence()
    {
        var page = await factory.GetDocumentAsync(Departement + "/propositions/ALI-2");

        Assert.Contains("En retard de 2 jours", page.QuerySelector(".response-clock")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Calcul : (", page.QuerySelector(".commitment-rollup")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, page.QuerySelectorAll("table.commitments tbody tr").Length);
        var ali3 = await factory.GetDocumentAsync(Departement + "/propositions/ALI-3");
        Assert.Contains(ali3.QuerySelectorAll(".evidence li"), li => li.TextContent.Contains("Ligne budgétaire", StringComparison.Ordinal) && li.TextContent.Contains(150_000m.ToString("N0", Core.Text.French.Culture) + " €", StringComparison.Ordinal));
        var ali1 = await factory.GetDocumentAsync(Departement + "/propositions/ALI-1");
        Assert.Contains(ali1.QuerySelectorAll(".evidence li"), li => li.TextContent.Contains("Délibération", StringComparison.Ordinal) && li.TextContent.Contains("n° AD-2023-12-118", StringComparison.Ordinal));
    }
}

public sealed class SqliteDashboardPagesTests(PortalFactory factory) : DashboardPagesTests(factory), IClassFixture<PortalFactory>;

public sealed class PostgreSqlDashboardPagesTests(PostgreSqlPortalFactory factory) : DashboardPagesTests(factory), IClassFixture<PostgreSqlPortalFactory>;
