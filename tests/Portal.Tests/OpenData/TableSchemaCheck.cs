using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Portal.Tests.OpenData;

/// <summary>
/// Validates a CSV file against a frictionless Table Schema the way a validator of the national schema catalogue does:
/// header, types (default formats), required, enum, pattern (whole value), minimum and maximum, primary key. The schema's
/// own shape is checked with a JSON Schema of the Table Schema specification's essentials.
/// </summary>
internal static class TableSchemaCheck
{
    private static readonly JsonSchema TableSchemaShape = JsonSchema.FromText("""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "required": ["name", "title", "description", "version", "fields", "primaryKey", "licenses"],
          "properties": {
            "name": { "type": "string", "pattern": "^[a-z0-9-]+$" },
            "version": { "type": "string", "pattern": "^[0-9]+\\.[0-9]+\\.[0-9]+$" },
            "path": { "type": "string", "format": "uri" },
            "primaryKey": { "type": "array", "items": { "type": "string" }, "minItems": 1 },
            "missingValues": { "type": "array", "items": { "type": "string" } },
            "licenses": { "type": "array", "minItems": 1, "items": { "type": "object", "required": ["title", "path"] } },
            "fields": {
              "type": "array", "minItems": 1,
              "items": {
                "type": "object",
                "required": ["name", "title", "description", "type"],
                "properties": {
                  "name": { "type": "string", "pattern": "^[a-z][a-z0-9_]*$" },
                  "type": { "enum": ["string", "number", "integer", "boolean", "date", "datetime", "year", "time", "object", "array", "geopoint", "geojson", "any"] },
                  "format": { "type": "string" },
                  "constraints": {
                    "type": "object",
                    "properties": {
                      "required": { "type": "boolean" },
                      "enum": { "type": "array", "minItems": 1 },
                      "pattern": { "type": "string" },
                      "minimum": { "type": "number" },
                      "maximum": { "type": "number" }
                    },
                    "additionalProperties": false
                  }
                }
              }
            }
          }
        }
        """);

    public static void AssertShape(JsonNode schema)
    {
        using var document = JsonDocument.Parse(schema.ToJsonString());
        var result = TableSchemaShape.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, "schema shape: " + string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        var names = schema["fields"]!.AsArray().Select(f => (string)f!["name"]!).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(schema["primaryKey"]!.AsArray(), k => Assert.Contains((string)k!, names));
    }

    /// <summary>Every problem of the file, as « line n, column: what » (empty: the file is valid).</summary>
    public static List<string> Problems(JsonNode schema, List<List<string>> rows)
    {
        var fields = schema["fields"]!.AsArray().Select(f => f!.AsObject()).ToList();
        var problems = new List<string>();
        var header = rows[0];
        if (!header.SequenceEqual(fields.Select(f => (string)f["name"]!)))
        {
            problems.Add($"header {string.Join(",", header)} differs from the schema's fields");
            return problems;
        }

        var keyColumns = schema["primaryKey"]!.AsArray().Select(k => header.IndexOf((string)k!)).ToList();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 1; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.Count != fields.Count)
            {
                problems.Add($"line {r + 1}: {row.Count} cells for {fields.Count} fields");
                continue;
            }

            for (var c = 0; c < fields.Count; c++)
            {
                if (Problem(fields[c], row[c]) is { } problem)
                {
                    problems.Add($"line {r + 1}, {fields[c]["name"]}: {problem}");
                }
            }

            if (!keys.Add(string.Join("\u001f", keyColumns.Select(k => row[k]))))
            {
                problems.Add($"line {r + 1}: primary key repeated");
            }
        }

        return problems;
    }

    private static string? Problem(JsonObject field, string value)
    {
        var constraints = field["constraints"]?.AsObject();
        if (value.Length == 0)
        {
            return constraints?["required"]?.GetValue<bool>() == true ? "required value missing" : null;
        }

        var type = (string)field["type"]!;
        decimal? number = null;
        switch (type)
        {
            case "integer" when !Regex.IsMatch(value, "^-?[0-9]+$"):
            case "number" when !decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _):
            case "boolean" when value is not ("true" or "false"):
            case "date" when !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _):
            case "datetime" when !DateTime.TryParseExact(value, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out _):
                return $"« {value} » is not a {type}";
            case "integer" or "number":
                number = decimal.Parse(value, CultureInfo.InvariantCulture);
                break;
            case "string" when (string?)field["format"] == "uri" && !Uri.TryCreate(value, UriKind.Absolute, out _):
                return $"« {value} » is not a URI";
            default:
                break;
        }

        if (constraints is null)
        {
            return null;
        }

        if (constraints["enum"] is JsonArray values && !values.Any(v => (string)v! == value))
        {
            return $"« {value} » is outside the enum";
        }

        if (constraints["pattern"] is JsonValue pattern && !Regex.IsMatch(value, $"^(?:{(string)pattern!})$", RegexOptions.CultureInvariant))
        {
            return $"« {value} » does not match {pattern}";
        }

        if (number is { } n && (constraints["minimum"] is JsonValue min && n < min.GetValue<decimal>() || constraints["maximum"] is JsonValue max && n > max.GetValue<decimal>()))
        {
            return $"{value} is out of bounds";
        }

        return null;
    }
}
