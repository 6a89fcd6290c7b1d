using Portal.Processes.Content;

namespace Portal.Processes.Public;

/// <summary>
/// The pluralism of the speakers heard, as the « Intervenants » section summarises it: how many of each kind and of each
/// position (those without one counted apart), and whose declaration of interests was not collected.
/// </summary>
public sealed record SpeakerPluralism(
    IReadOnlyList<(string Label, int Count)> ByKind,
    IReadOnlyList<(string Label, int Count)> ByPosition,
    IReadOnlyList<string> WithoutDeclaration,
    int Total)
{
    public const string Unspecified = "Non précisé";

    public static SpeakerPluralism Of(IReadOnlyList<Speaker> speakers)
    {
        ArgumentNullException.ThrowIfNull(speakers);
        var byKind = SpeakerKinds.All
            .Select(k => (k.Label, Count: speakers.Count(s => s.SpeakerKind == k.Key)))
            .Append((Label: Unspecified, Count: speakers.Count(s => !SpeakerKinds.IsKnown(s.SpeakerKind))))
            .Where(k => k.Count > 0)
            .ToList();
        var byPosition = speakers
            .GroupBy(s => string.IsNullOrWhiteSpace(s.Position) ? null : s.Position.Trim(), StringComparer.Ordinal)
            .Select(g => (Label: g.Key ?? Unspecified, Count: g.Count(), Unset: g.Key is null))
            .OrderBy(g => g.Unset).ThenByDescending(g => g.Count).ThenBy(g => g.Label, StringComparer.Ordinal)
            .Select(g => (g.Label, g.Count))
            .ToList();
        return new(byKind, byPosition, [.. speakers.Where(s => s.Interests is null).Select(s => s.Name)], speakers.Count);
    }

    /// <summary>True when at least one speaker has a position: the table of positions is worth showing.</summary>
    public bool HasPositions => ByPosition.Any(p => p.Label != Unspecified);
}
