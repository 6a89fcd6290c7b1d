using System.IO.Compression;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Settings;
using Portal.OpenData.Datasets;
using Portal.Processes.Content;
using Portal.Processes.Recipes;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.OpenData;

/// <summary>The open-data files of the demo site: valid against their Table Schemas, complete, cached until a publication.</summary>
public sealed class OpenDataFilesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string ProcessId = "demo-departement-assemblee-citoyenne-2022";
    private const string Slug = "assemblee-citoyenne-departementale-2022-2023";

    public static TheoryData<string> Datasets() => [.. OpenDataClient.DatasetNames];

    [Theory]
    [MemberData(nameof(Datasets))]
    public async Task Each_csv_validates_against_its_table_schema(string dataset)
    {
        var schema = await factory.GetJsonAsync(OpenDataClient.SchemaPath(dataset));
        TableSchemaCheck.AssertShape(schema);
        var rows = await factory.GetCsvAsync($"/donnees/{dataset}.csv");

        Assert.True(rows.Count > 1, $"{dataset}.csv has rows from the demo processes");
        Assert.Empty(TableSchemaCheck.Problems(schema, rows));
        var permalink = rows[0].IndexOf("permalien");
        Assert.All(rows.Skip(1), row => Assert.StartsWith(PortalFactoryBase.PublicUrl + "/demarches/", row[permalink], StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_check_catches_a_value_its_schema_refuses()
    {
        var schema = await factory.GetJsonAsync(OpenDataClient.SchemaPath("propositions"));
        var rows = await factory.GetCsvAsync("/donnees/propositions.csv");
        rows[1][rows[0].IndexOf("date_publication")] = "28/11/2026";
        rows[1][rows[0].IndexOf("code")] = "P 1";
        rows[2][rows[0].IndexOf("titre")] = string.Empty;

        Assert.Equal(3, TableSchemaCheck.Problems(schema, rows).Count);
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public async Task The_json_holds_the_same_rows_as_the_csv(string dataset)
    {
        var csv = await factory.GetCsvAsync($"/donnees/{dataset}.csv");
        var json = await factory.GetJsonAsync($"/donnees/{dataset}.json");
        var lines = json["lignes"]!.AsArray();

        Assert.Equal(csv.Count - 1, (int)json["nombre_lignes"]!);
        Assert.Equal(csv.Count - 1, lines.Count);
        Assert.Equal(PortalFactoryBase.PublicUrl + OpenDataClient.SchemaPath(dataset), (string)json["schema"]!);
        Assert.Equal(csv[0], lines[0]!.AsObject().Select(p => p.Key));
        var permalink = csv[0].IndexOf("permalien");
        Assert.Equal(csv.Skip(1).Select(r => r[permalink]), lines.Select(l => (string)l!["permalien"]!));
    }

    [Fact]
    public async Task Every_published_proposition_is_a_row_with_its_full_text()
    {
        var rows = await factory.GetCsvAsync("/donnees/propositions.csv");
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
        var tej1 = store.Read<Proposition>((await store.GetPublishedAsync(ProcessItemIds.Proposition(ProcessId, "TEJ-1"), TestContext.Current.CancellationToken))!);

        var row = Assert.Single(rows, r => r[0] == Slug && r[1] == "TEJ-1");
        Assert.Equal(tej1.Text, row[rows[0].IndexOf("texte")]);
        Assert.Equal($"{PortalFactoryBase.PublicUrl}/demarches/{Slug}/propositions/TEJ-1", row[^1]);
    }

    [Fact]
    public async Task The_page_presents_each_dataset_with_its_dictionary_count_licence_and_date()
    {
        var page = await factory.GetDocumentAsync("/donnees");
        var text = page.Body!.TextContent;

        Assert.Equal("Données ouvertes", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Licence Ouverte / Open Licence version 2.0", text, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("dd time[datetime]"));
        foreach (var dataset in OpenDataClient.DatasetNames)
        {
            var section = page.QuerySelector($"section[aria-labelledby='{dataset}']")!;
            var rows = (await factory.GetCsvAsync($"/donnees/{dataset}.csv")).Count - 1;
            Assert.Contains($"{Portal.Core.Text.French.Number(rows)} {(rows > 1 ? "lignes" : "ligne")}.", section.TextContent, StringComparison.Ordinal);
            Assert.NotNull(section.QuerySelector($"a[href='/donnees/{dataset}.csv']"));
            Assert.NotNull(section.QuerySelector($"a[href='{OpenDataClient.SchemaPath(dataset)}']"));
            Assert.NotEmpty(section.QuerySelectorAll("table caption"));
            Assert.Contains(section.QuerySelectorAll("tbody th code"), c => c.TextContent == "permalien");
        }
    }

    [Fact]
    public async Task The_licence_follows_the_site_setting()
    {
        await SetLicenceAsync("odbl");
        try
        {
            Assert.Contains("Open Database License (ODbL)", (await factory.GetDocumentAsync("/donnees")).Body!.TextContent, StringComparison.Ordinal);
            Assert.Equal(OpenDataLicence.Odbl.Url, (string)(await factory.GetJsonAsync("/donnees/reponses.json"))["licence"]!);
            Assert.Equal("ODbL-1.0", (string)(await factory.GetJsonAsync(OpenDataClient.SchemaPath("reponses")))["licenses"]![0]!["name"]!);
        }
        finally
        {
            await SetLicenceAsync("etalab-2.0");
        }
    }

    [Fact]
    public async Task A_process_zip_holds_each_dataset_its_schema_and_a_datapackage()
    {
        var bytes = await (await factory.GetOkAsync($"/donnees/demarches/{Slug}.zip")).Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var package = JsonNode.Parse(await new StreamReader(zip.GetEntry("datapackage.json")!.Open()).ReadToEndAsync(TestContext.Current.CancellationToken))!;

        Assert.Equal(OpenDataClient.DatasetNames, package["resources"]!.AsArray().Select(r => (string)r!["name"]!));
        foreach (var dataset in OpenDataClient.DatasetNames)
        {
            var schema = JsonNode.Parse(await new StreamReader(zip.GetEntry($"schemas/{dataset}.schema.json")!.Open()).ReadToEndAsync(TestContext.Current.CancellationToken))!;
            var rows = CsvReader.Read(await new StreamReader(zip.GetEntry($"{dataset}.csv")!.Open()).ReadToEndAsync(TestContext.Current.CancellationToken));
            Assert.Empty(TableSchemaCheck.Problems(schema, rows));
            Assert.All(rows.Skip(1), r => Assert.Equal(Slug, r[0]));
            Assert.NotNull(zip.GetEntry($"{dataset}.json"));
        }

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(new Uri("/donnees/demarches/inconnue.zip", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task The_page_links_each_process_recipe_which_its_zip_also_holds()
    {
        var page = await factory.GetDocumentAsync("/donnees");
        var recipe = await factory.GetJsonAsync($"/donnees/demarches/{Slug}.recette.json");
        var bytes = await (await factory.GetOkAsync($"/donnees/demarches/{Slug}.zip")).Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        using var zip = new ZipArchive(new MemoryStream(bytes));

        Assert.NotNull(page.QuerySelector($"a[href='/donnees/demarches/{Slug}.recette.json']"));
        Assert.Equal(["processes", "news", "committees", "media"], recipe["steps"]!.AsArray().Select(s => (string)s!["name"]!));
        Assert.Equal(ProcessId, (string?)recipe["steps"]![0]!["processes"]![0]!["id"]);
        Assert.Equal(recipe.ToJsonString(), JsonNode.Parse(await new StreamReader(zip.GetEntry("recette.json")!.Open()).ReadToEndAsync(TestContext.Current.CancellationToken))!.ToJsonString());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(new Uri("/donnees/demarches/inconnue.recette.json", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task A_publication_refreshes_the_cached_files_at_once()
    {
        await factory.GetOkAsync("/donnees/reponses.csv");
        Assert.NotNull((await factory.GetOkAsync("/donnees/reponses.csv")).Headers.Age);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
            var ct = TestContext.Current.CancellationToken;
            var id = ProcessItemIds.Response(ProcessItemIds.Proposition(ProcessId, "NUM-1"));
            var published = (await store.GetPublishedAsync(id, ct))!;
            var draft = (await store.SaveDraftAsync(id, store.Read<Response>(published) with { Motivation = "Motivation republiee OPEN-DATA-1" }, "editeur", published.ConcurrencyStamp, ct)).Version!;
            Assert.True((await store.PublishAsync(id, draft.Version, "editeur", cancellationToken: ct)).Succeeded);
        }

        var after = await factory.GetOkAsync("/donnees/reponses.csv");
        Assert.Null(after.Headers.Age);
        Assert.Contains("Motivation republiee OPEN-DATA-1", await after.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_dataset_or_schema_version_is_not_found()
    {
        using var client = factory.CreateClient();
        foreach (var path in new[] { "/donnees/inconnu.csv", "/donnees/inconnu.json", "/donnees/schemas/propositions/9.9.9/schema.json" })
        {
            Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
        }
    }

    private async Task SetLicenceAsync(string licence)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SiteSettingsStore>().SetSectionAsync(OpenDataSettings.Key, new OpenDataSettings { Licence = licence }, TestContext.Current.CancellationToken);
    }
}
