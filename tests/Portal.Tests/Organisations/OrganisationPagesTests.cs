using System.Net;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Organisations;

/// <summary>The demo's two organisations in public: each page lists its own processes, and the process list filters by organisation.</summary>
public sealed class OrganisationPagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Departement = "departement-des-monts-d-orvale";
    private const string Communaute = "communaute-urbaine-du-val-d-ardanne";

    [Fact]
    public async Task Each_demo_organisation_page_lists_its_own_processes_and_its_follow_up_figures()
    {
        var departement = await factory.GetDocumentAsync($"/organisations/{Departement}");
        var communaute = await factory.GetDocumentAsync($"/organisations/{Communaute}");

        Assert.Equal("Département des Monts-d'Orvale", departement.QuerySelector("h1")!.TextContent);
        Assert.Equal(["/demarches/assemblee-citoyenne-departementale-2022-2023"], Links(departement));
        Assert.Equal(["/demarches/vivre-demain-territoire-2036"], Links(communaute));
        Assert.Contains("Devoir de suite", departement.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_process_list_filters_by_organisation()
    {
        var list = await factory.GetDocumentAsync($"/demarches?organisation={Departement}");

        Assert.Equal(["/demarches/assemblee-citoyenne-departementale-2022-2023"], list.QuerySelectorAll("ul.cards h2 a").Select(a => a.GetAttribute("href")).ToList());
        var options = list.QuerySelectorAll("select#organisation option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["", Communaute, Departement], options);
        Assert.NotNull(list.QuerySelector($"select#organisation option[value={Departement}][selected]"));
    }

    [Fact]
    public async Task An_unknown_organisation_is_not_found()
    {
        using var visitor = new BrowserlessUser(factory);

        var response = await visitor.Client.GetAsync(new Uri("/organisations/inconnue", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Open_data_files_narrow_to_one_organisation_and_its_page_links_them()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = factory.CreateClient();

        var all = CsvRows(await client.GetStringAsync(new Uri("/donnees/propositions.csv", UriKind.Relative), ct));
        var response = await client.GetAsync(new Uri($"/donnees/propositions.csv?organisation={Departement}", UriKind.Relative), ct);
        var departement = CsvRows(await response.Content.ReadAsStringAsync(ct));

        Assert.Equal(all[0], departement[0]);
        Assert.Equal($"propositions-{Departement}.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var expected = all.Skip(1).Where(r => r.Contains("/demarches/assemblee-citoyenne-departementale-2022-2023/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, departement.Skip(1));
        Assert.True(all.Count > departement.Count);
        var unknown = await client.GetAsync(new Uri("/donnees/propositions.json?organisation=inconnue", UriKind.Relative), ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        var page = await factory.GetDocumentAsync($"/organisations/{Departement}");
        Assert.NotNull(page.QuerySelector($"a[href='/donnees/propositions.csv?organisation={Departement}']"));
        Assert.NotNull(page.QuerySelector($"a[href='/recherche?organisation={Departement}']"));
    }

    // One line a row is enough here: the demo's proposition texts hold no line breaks inside quotes.
    private static List<string> CsvRows(string csv) => [.. csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries)];

    private static List<string?> Links(AngleSharp.Dom.IDocument page) => [.. page.QuerySelectorAll("ul.cards h3 a").Select(a => a.GetAttribute("href"))];
}
