using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Portal.Sortition.Drawing;

/// <summary>
/// Quotas to and from JSON. The canonical form is compact (no spaces, no final newline), keys in the
/// order written here, strings escaped only where JSON requires it (<see cref="Quote"/>): every other
/// character, non-ASCII spaces such as U+00A0 and U+202F included, is written as itself in UTF-8.
/// </summary>
public static class QuotasJson
{
    private static readonly JsonWriterOptions Canonical = new() { Indented = false };

    public static byte[] ToBytes(Quotas quotas)
    {
        ArgumentNullException.ThrowIfNull(quotas);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Canonical))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteString("mode", quotas.Mode == QuotaMode.Cells ? "cellules" : "minmax");
            json.WriteNumber("panelSize", quotas.PanelSize);
            if (quotas.Mode == QuotaMode.Cells)
            {
                json.WriteNumber("substitutesPerMember", quotas.SubstitutesPerMember);
                WriteStrings(json, "cellFeatures", quotas.CellFeatures);
                json.WriteStartArray("cells");
                foreach (var cell in quotas.Cells)
                {
                    json.WriteStartObject();
                    WriteStrings(json, "values", cell.Values);
                    json.WriteNumber("members", cell.Members);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }
            else
            {
                json.WriteNumber("substitutes", quotas.Substitutes);
                json.WriteStartArray("quotas");
                foreach (var value in quotas.Values)
                {
                    json.WriteStartObject();
                    json.WritePropertyName("feature");
                    json.WriteRawValue(Quote(value.Feature), skipInputValidation: true);
                    json.WritePropertyName("value");
                    json.WriteRawValue(Quote(value.Value), skipInputValidation: true);
                    json.WriteNumber("min", value.Min);
                    json.WriteNumber("max", value.Max);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public static string Hash(Quotas quotas) => Hashes.Sha256Hex(ToBytes(quotas));

    /// <summary>
    /// Reads quotas written by an operator or taken from a kit. In cells mode, <c>"membersPerCell": n</c>
    /// instead of <c>"cells"</c> asks for n members in every combination of the values found in
    /// <paramref name="pool"/>; the canonical form then lists every cell explicitly.
    /// </summary>
    public static Quotas Parse(string json, Pool? pool = null)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var mode = root.GetProperty("mode").GetString() switch
        {
            "cellules" => QuotaMode.Cells,
            "minmax" => QuotaMode.MinMax,
            var other => throw new FormatException($"Mode de quotas inconnu : « {other} » (attendu : cellules ou minmax)."),
        };
        var panelSize = root.GetProperty("panelSize").GetInt32();
        if (mode == QuotaMode.MinMax)
        {
            var values = root.GetProperty("quotas").EnumerateArray().Select(q => new ValueQuota(
                q.GetProperty("feature").GetString()!, q.GetProperty("value").GetString()!, q.GetProperty("min").GetInt32(), q.GetProperty("max").GetInt32()));
            return new Quotas(mode, panelSize, 0, Optional(root, "substitutes"), [], [], values.ToList());
        }

        var features = root.GetProperty("cellFeatures").EnumerateArray().Select(f => f.GetString()!).ToList();
        var cells = root.TryGetProperty("cells", out var explicitCells)
            ? explicitCells.EnumerateArray().Select(c => new CellQuota(c.GetProperty("values").EnumerateArray().Select(v => v.GetString()!).ToList(), c.GetProperty("members").GetInt32())).ToList()
            : AllCells(features, root.GetProperty("membersPerCell").GetInt32(), pool ?? throw new FormatException("« membersPerCell » demande le vivier pour connaître les cellules."));
        return new Quotas(mode, panelSize, Optional(root, "substitutesPerMember"), 0, features, cells, []);
    }

    private static List<CellQuota> AllCells(List<string> features, int members, Pool pool)
    {
        IEnumerable<List<string>> combinations = [[]];
        foreach (var feature in features.Select(Pool.Normalise))
        {
            var values = pool.Volunteers.Select(v => v.Features.TryGetValue(feature, out var x) ? x : throw new FormatException($"Le critère « {feature} » n'est pas une colonne du vivier."))
                .Distinct(StringComparer.Ordinal).ToList();
            combinations = combinations.SelectMany(c => values.Select(v => new List<string>(c) { v })).ToList();
        }

        return combinations.Select(c => new CellQuota(c, members)).ToList();
    }

    private static int Optional(JsonElement root, string name) => root.TryGetProperty(name, out var value) ? value.GetInt32() : 0;

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteRawValue(Quote(value), skipInputValidation: true);
        }

        json.WriteEndArray();
    }

    /// <summary>
    /// A JSON string escaped only where JSON requires: <c>"</c> → <c>\"</c>, <c>\</c> → <c>\\</c>, U+0008,
    /// U+0009, U+000A, U+000C, U+000D → <c>\b \t \n \f \r</c>, every other character below U+0020 →
    /// <c>\u00xx</c> (lowercase hex); everything else as itself.
    /// </summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                '\b' => quoted.Append("\\b"),
                '\t' => quoted.Append("\\t"),
                '\n' => quoted.Append("\\n"),
                '\f' => quoted.Append("\\f"),
                '\r' => quoted.Append("\\r"),
                < ' ' => quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }
}
