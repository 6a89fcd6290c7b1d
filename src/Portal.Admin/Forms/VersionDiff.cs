using System.Text.Json.Nodes;

namespace Portal.Admin.Forms;

/// <summary>A field-by-field comparison of two versions of a record, by JSON path.</summary>
public static class VersionDiff
{
    public static IReadOnlyList<FieldChange> Compare(JsonNode? before, JsonNode? after)
    {
        var left = Flatten(before);
        var right = Flatten(after);
        return left.Keys.Union(right.Keys, StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(path => new FieldChange(path, left.GetValueOrDefault(path), right.GetValueOrDefault(path)))
            .Where(change => change.Before != change.After)
            .ToList();
    }

    private static Dictionary<string, string> Flatten(JsonNode? node)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(node, string.Empty, values);
        return values;
    }

    private static void Walk(JsonNode? node, string path, Dictionary<string, string> values)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    Walk(child, path.Length == 0 ? name : $"{path}.{name}", values);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{path}[{i}]", values);
                }

                break;
            case JsonValue value:
                values[path] = value.TryGetValue<string>(out var text) ? text : value.ToJsonString();
                break;
            default:
                break;
        }
    }
}

/// <summary>One changed field: its path and its value on each side (null where absent).</summary>
public sealed record FieldChange(string Path, string? Before, string? After);
