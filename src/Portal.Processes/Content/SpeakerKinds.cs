using Portal.Core.Settings;

namespace Portal.Processes.Content;

/// <summary>The kinds of speakers the pluralism summary counts (keys stored, labels shown).</summary>
public static class SpeakerKinds
{
    public static readonly IReadOnlyList<VocabularyTerm> All =
    [
        new("chercheur", "Chercheur ou universitaire"),
        new("administration", "Administration"),
        new("elu", "Élu"),
        new("association", "Association"),
        new("entreprise", "Entreprise ou organisation professionnelle"),
        new("syndicat", "Syndicat"),
        new("citoyen", "Citoyen"),
        new("autre", "Autre"),
    ];

    public static bool IsKnown(string? key) => All.Any(k => k.Key == key);

    public static string Label(string key) => All.FirstOrDefault(k => k.Key == key)?.Label ?? key;
}
