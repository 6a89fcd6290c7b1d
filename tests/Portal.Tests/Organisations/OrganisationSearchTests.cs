using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Processes.Organisations;
using Portal.Processes.Public;
using Portal.Search.Indexing;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Organisations;

/// <summary>
/// Search filters by the organisation that owns a process (the demo has two), counts per organisation, and follows a
/// change of owner without a publication.
/// </summary>
public sealed class OrganisationSearchTests
{
    private const string Departement = "departement-des-monts-d-orvale";
    private const string Communaute = "communaute-urbaine-du-val-d-ardanne";
    private const string DepartementProcess = "/demarches/assemblee-citoyenne-departementale-2022-2023";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_search_page_and_api_filter_by_organisation_and_count_each_one()
    {
        await using var factory = new PortalFactory();
        await CatchUpAsync(factory);

        var page = await factory.GetDocumentAsync($"/recherche?organisation={Departement}");
        var links = page.QuerySelectorAll("main ol a[href^='/demarches/']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.StartsWith(DepartementProcess, href, StringComparison.Ordinal));
        var options = page.QuerySelectorAll("select#organisation option").ToDictionary(o => o.GetAttribute("value")!, o => o.TextContent);
        Assert.StartsWith("Département des Monts-d'Orvale (", options[Departement], StringComparison.Ordinal);
        Assert.StartsWith("Communauté urbaine", options[Communaute], StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"select#organisation option[value={Departement}][selected]"));
        // The free organiser text is no second, overlapping list on the page.
        Assert.Null(page.QuerySelector("select#organisateur"));

        using var client = factory.CreateClient();
        using var all = await JsonAsync(client, "/api/v1/search");
        using var departement = await JsonAsync(client, $"/api/v1/search?organisation={Departement}");
        var counts = all.RootElement.GetProperty("facets").GetProperty("organisation").EnumerateArray()
            .ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32());
        Assert.Equal(counts[Departement], departement.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(all.RootElement.GetProperty("total").GetInt32(), counts[Departement] + counts[Communaute]);
    }

    [Fact]
    public async Task A_process_given_to_another_organisation_is_found_under_its_new_owner()
    {
        await using var factory = new PortalFactory();
        await CatchUpAsync(factory);
        using var client = factory.CreateClient();
        using var before = await JsonAsync(client, $"/api/v1/search?organisation={Communaute}");
        using var departement = await JsonAsync(client, $"/api/v1/search?organisation={Departement}");
        var moved = departement.RootElement.GetProperty("total").GetInt32();

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<OrganisationStore>();
            var processId = await scope.ServiceProvider.GetRequiredService<ProcessDirectory>().IdOfSlugAsync("assemblee-citoyenne-departementale-2022-2023", Ct);
            await store.AssignAsync((await store.FindAsync(Communaute, Ct))!, processId!, "admin@exemple.fr", Ct);
        }

        await CatchUpAsync(factory);
        using var after = await JsonAsync(client, $"/api/v1/search?organisation={Communaute}");
        using var emptied = await JsonAsync(client, $"/api/v1/search?organisation={Departement}");
        Assert.Equal(before.RootElement.GetProperty("total").GetInt32() + moved, after.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(0, emptied.RootElement.GetProperty("total").GetInt32());
    }

    private static async Task CatchUpAsync(PortalFactory factory)
    {
        _ = factory.Server;
        await factory.Services.GetRequiredService<SearchIndexer>().CatchUpAsync(Ct);
    }

    private static async Task<JsonDocument> JsonAsync(HttpClient client, string path) =>
        JsonDocument.Parse(await client.GetStringAsync(new Uri(path, UriKind.Relative), Ct));
}
