using System.Text.Json.Nodes;
using Portal.Core.Public;
using Portal.OpenData.Datasets;

namespace Portal.OpenData.Catalogue;

/// <summary>
/// The DCAT catalogue of the site's datasets in JSON-LD (<c>dcat:Catalog</c>, one <c>dcat:Dataset</c> per dataset, a
/// <c>dcat:Distribution</c> per file with its licence), as data.gouv.fr's DCAT harvester reads it.
/// </summary>
public static class DcatCatalogue
{
    public const string Path = "/donnees/catalogue.jsonld";

    public static JsonObject Build(OpenDataView view, IReadOnlyList<Dataset> datasets, PublicSite site)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(datasets);
        ArgumentNullException.ThrowIfNull(site);
        var settings = view.Context.Site;
        var licence = OpenDataLicence.Of(settings);
        var modified = Date(view.Snapshot.ModifiedUtc);
        JsonObject Publisher() => new() { ["@type"] = "foaf:Organization", ["foaf:name"] = settings.SiteName };
        return new JsonObject
        {
            ["@context"] = new JsonObject
            {
                ["dcat"] = "http://www.w3.org/ns/dcat#",
                ["dct"] = "http://purl.org/dc/terms/",
                ["foaf"] = "http://xmlns.com/foaf/0.1/",
                ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
            },
            ["@id"] = site.Url(Path),
            ["@type"] = "dcat:Catalog",
            ["dct:title"] = $"{settings.SiteName} : données ouvertes",
            ["dct:description"] = "Les démarches de participation citoyenne publiées, les propositions des citoyens, les réponses motivées des organisateurs et leur suivi.",
            ["dct:language"] = Id("http://publications.europa.eu/resource/authority/language/FRA"),
            ["dct:publisher"] = Publisher(),
            ["foaf:homepage"] = Id(site.Url("/donnees")),
            ["dct:modified"] = modified,
            ["dcat:dataset"] = new JsonArray([.. datasets.Select(d => (JsonNode)new JsonObject
            {
                ["@id"] = site.Url("/donnees#" + d.Name),
                ["@type"] = "dcat:Dataset",
                ["dct:identifier"] = site.Url("/donnees#" + d.Name),
                ["dct:title"] = d.Title,
                ["dct:description"] = d.Description,
                ["dct:publisher"] = Publisher(),
                ["dct:modified"] = modified.DeepClone(),
                ["dct:license"] = Id(licence.Url),
                ["dct:conformsTo"] = Id(site.Url(d.SchemaPath)),
                ["dcat:keyword"] = new JsonArray("participation citoyenne", "démocratie participative", d.Name),
                ["dcat:landingPage"] = Id(site.Url("/donnees#" + d.Name)),
                ["dcat:distribution"] = new JsonArray(
                    Distribution(site.Url(d.CsvPath), $"{d.Name}.csv", "CSV", "text/csv", d, licence, site, modified),
                    Distribution(site.Url(d.JsonPath), $"{d.Name}.json", "JSON", "application/json", d, licence, site, modified)),
            })]),
        };
    }

    private static JsonObject Distribution(string url, string title, string format, string mediaType, Dataset dataset, OpenDataLicence licence, PublicSite site, JsonObject modified) => new()
    {
        ["@id"] = url,
        ["@type"] = "dcat:Distribution",
        ["dct:title"] = title,
        ["dct:description"] = $"{dataset.Title}, au format {format} (UTF-8).",
        ["dcat:accessURL"] = Id(url),
        ["dcat:downloadURL"] = Id(url),
        ["dct:format"] = format,
        ["dcat:mediaType"] = Id("https://www.iana.org/assignments/media-types/" + mediaType),
        ["dct:license"] = Id(licence.Url),
        ["dct:conformsTo"] = Id(site.Url(dataset.SchemaPath)),
        ["dct:modified"] = modified.DeepClone(),
    };

    private static JsonObject Id(string iri) => new() { ["@id"] = iri };

    private static JsonObject Date(DateTime utc) => new() { ["@value"] = DatasetValues.Instant(utc), ["@type"] = "xsd:dateTime" };
}
