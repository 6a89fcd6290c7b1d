using System.Text.Json;

namespace Portal.Workflows.Lots;

/// <summary>Reviewers' comments on single items of a lot, by item id: kept when not blank, trimmed, stored as JSON.</summary>
internal static class ItemComments
{
    public static IReadOnlyDictionary<string, string> Of(IReadOnlyDictionary<string, string>? comments) =>
        comments?.Where(c => !string.IsNullOrWhiteSpace(c.Value)).ToDictionary(c => c.Key, c => c.Value.Trim(), StringComparer.Ordinal)
        ?? new Dictionary<string, string>(StringComparer.Ordinal);

    public static string? ToJson(IReadOnlyDictionary<string, string>? comments)
    {
        var kept = Of(comments);
        return kept.Count > 0 ? JsonSerializer.Serialize(kept) : null;
    }

    public static IReadOnlyDictionary<string, string> FromJson(string? json) =>
        json is null ? new Dictionary<string, string>(StringComparer.Ordinal) : JsonSerializer.Deserialize<Dictionary<string, string>>(json)!;
}
