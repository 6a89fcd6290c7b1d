using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Core.Public;
using Portal.Core.Settings;

namespace Portal.OpenData.Datasets;

/// <summary>
/// Writes a dataset's files: the CSV (UTF-8, comma, one header line of the schema's field names), the same rows as JSON
/// (field names as keys, typed values) with what a reuser needs to cite them, and its Table Schema.
/// </summary>
public static class DatasetFiles
{
    /// <summary>The date the version 1.0.0 of the schemas was written; a new version gets its own.</summary>
    public const string SchemaCreated = "2026-11-28";

    public static byte[] Csv(Dataset dataset, IEnumerable<object?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new StringBuilder();
        DatasetValues.AppendCsvLine(csv, dataset.Fields.Select(f => f.Name));
        foreach (var row in rows)
        {
            DatasetValues.AppendCsvLine(csv, row.Select(DatasetValues.Text));
        }

        return DatasetValues.Utf8.GetBytes(csv.ToString());
    }

    public static byte[] Json(Dataset dataset, IReadOnlyCollection<object?[]> rows, DatasetMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(metadata);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("jeu_de_donnees", dataset.Name);
            json.WriteString("titre", dataset.Title);
            json.WriteString("schema", metadata.Site.Url(dataset.SchemaPath));
            json.WriteString("licence", metadata.Licence.Url);
            json.WriteString("licence_titre", metadata.Licence.Title);
            json.WriteString("genere_le", DatasetValues.Instant(metadata.GeneratedUtc));
            json.WriteString("modifie_le", DatasetValues.Instant(metadata.ModifiedUtc));
            json.WriteNumber("nombre_lignes", rows.Count);
            json.WriteStartArray("lignes");
            foreach (var row in rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < dataset.Fields.Count; i++)
                {
                    json.WritePropertyName(dataset.Fields[i].Name);
                    DatasetValues.Write(json, row[i]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>The frictionless Table Schema, with the metadata the national schema catalogue asks for.</summary>
    public static JsonObject Schema(Dataset dataset, PublicSite site, SiteSettings settings)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(settings);
        var licence = OpenDataLicence.Of(settings);
        return new JsonObject
        {
            ["$schema"] = "https://frictionlessdata.io/schemas/table-schema.json",
            ["name"] = dataset.Name,
            ["title"] = dataset.Title,
            ["description"] = dataset.Description,
            ["countryCode"] = "FR",
            ["homepage"] = site.Url("/donnees"),
            ["path"] = site.Url(dataset.SchemaPath),
            ["version"] = Dataset.SchemaVersion,
            ["created"] = SchemaCreated,
            ["lastModified"] = SchemaCreated,
            ["contributors"] = new JsonArray(new JsonObject { ["title"] = settings.SiteName, ["role"] = "author" }),
            ["licenses"] = new JsonArray(new JsonObject { ["name"] = licence.Spdx, ["title"] = licence.Title, ["path"] = licence.Url }),
            ["missingValues"] = new JsonArray(""),
            ["primaryKey"] = new JsonArray([.. dataset.PrimaryKey.Select(k => (JsonNode)k)]),
            ["fields"] = new JsonArray([.. dataset.Fields.Select(Field)]),
        };
    }

    private static JsonObject Field(DatasetField field)
    {
        var node = new JsonObject
        {
            ["name"] = field.Name,
            ["title"] = field.Title,
            ["description"] = field.Description,
            ["type"] = field.TypeName,
        };
        if (field.Format is { } format)
        {
            node["format"] = format;
        }

        var constraints = new JsonObject { ["required"] = field.Required };
        if (field.Enum is { } values)
        {
            constraints["enum"] = new JsonArray([.. values.Select(v => (JsonNode)v)]);
        }

        if (field.Pattern is { } pattern)
        {
            constraints["pattern"] = pattern;
        }

        if (field.Minimum is { } minimum)
        {
            constraints["minimum"] = minimum;
        }

        if (field.Maximum is { } maximum)
        {
            constraints["maximum"] = maximum;
        }

        node["constraints"] = constraints;
        return node;
    }
}

/// <summary>What a dataset's JSON says about itself: where, under which licence, generated and last changed when.</summary>
public sealed record DatasetMetadata(PublicSite Site, OpenDataLicence Licence, DateTime GeneratedUtc, DateTime ModifiedUtc);
