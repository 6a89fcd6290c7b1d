using System.Text.Json.Serialization;
using Portal.Core.Content;
using Portal.Core.Settings;

namespace Portal.Processes.Content;

/// <summary>
/// The citizens' follow-up committee's own assessment of what became of one proposition: a fidelity grade (a key of
/// <see cref="FidelityGrades"/>), its justification and its date. It is the committee's voice, published beside the
/// organiser's response through the same COPIL workflow, never merged with it.
/// </summary>
public sealed record CommitteeAssessment(string Grade, string Justification, DateOnly Date) : IDisplayText
{
    [JsonIgnore]
    public string DisplayText => "Appréciation du comité de suivi";
}

/// <summary>How faithfully the organiser took up a proposition, in the committee's words: a fixed vocabulary.</summary>
public static class FidelityGrades
{
    public static readonly IReadOnlyList<VocabularyTerm> All =
    [
        new("reprise-sans-modification", "Reprise sans modification"),
        new("reprise-modifiee", "Reprise modifiée"),
        new("reprise-partiellement", "Reprise partiellement"),
        new("non-reprise", "Non reprise"),
        new("trop-tot", "Trop tôt pour le dire"),
    ];

    public static string Label(string key) => All.FirstOrDefault(g => g.Key == key)?.Label ?? key;

    public static bool IsKnown(string? key) => All.Any(g => g.Key == key);
}
