using System.Text.Json.Nodes;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.OpenData;

/// <summary>The DCAT catalogue names, in JSON-LD terms, exactly the datasets and files the open-data page offers.</summary>
public sealed class DcatCatalogueTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Dcat = "http://www.w3.org/ns/dcat#";
    private const string Dct = "http://purl.org/dc/terms/";

    [Fact]
    public async Task The_catalogue_lists_each_dataset_with_its_csv_and_json_distributions()
    {
        var response = await factory.GetOkAsync("/donnees/catalogue.jsonld");
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType!.MediaType);
        var catalogue = JsonLd.Expand(JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject());

        Assert.Equal(Dcat + "Catalog", catalogue.Type);
        Assert.NotNull(catalogue.Value(Dct + "modified"));
        var datasets = catalogue.Nodes(Dcat + "dataset");
        Assert.Equal(OpenDataClient.DatasetNames.Select(n => $"{PortalFactoryBase.PublicUrl}/donnees#{n}"), datasets.Select(d => d.Id));
        foreach (var (dataset, name) in datasets.Zip(OpenDataClient.DatasetNames))
        {
            Assert.Equal(Dcat + "Dataset", dataset.Type);
            Assert.False(string.IsNullOrWhiteSpace(dataset.Value(Dct + "title")));
            Assert.Equal(PortalFactoryBase.PublicUrl + OpenDataClient.SchemaPath(name), dataset.Node(Dct + "conformsTo")!.Id);
            var distributions = dataset.Nodes(Dcat + "distribution");
            Assert.Equal([$"{PortalFactoryBase.PublicUrl}/donnees/{name}.csv", $"{PortalFactoryBase.PublicUrl}/donnees/{name}.json"], distributions.Select(d => d.Node(Dcat + "downloadURL")!.Id));
            Assert.All(distributions, d =>
            {
                Assert.Equal(Dcat + "Distribution", d.Type);
                Assert.Equal("https://www.etalab.gouv.fr/licence-ouverte-open-licence", d.Node(Dct + "license")!.Id);
                Assert.NotNull(d.Value(Dct + "modified"));
            });
        }

        // Every distribution is a file that answers.
        foreach (var url in datasets.SelectMany(d => d.Nodes(Dcat + "distribution")).Select(d => d.Node(Dcat + "downloadURL")!.Id!))
        {
            await factory.GetOkAsync(new Uri(url).PathAndQuery);
        }
    }
}
