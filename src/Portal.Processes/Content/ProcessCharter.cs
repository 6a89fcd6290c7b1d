using System.Text.Json.Serialization;
using Portal.Core.Content;

namespace Portal.Processes.Content;

/// <summary>The « fiche d'identité » of a process (CIPC charter, section 1).</summary>
public sealed record ProcessCharter(
    string Objet,
    string Question,
    string Contexte,
    string Finalite,
    IReadOnlyList<string> Modalities,
    IReadOnlyList<CalendarPhase> Calendar,
    string ParticipantProfile,
    IReadOnlyList<string> Commitments,
    string Governance,
    string Compensation) : IDisplayText
{
    [JsonIgnore]
    public string DisplayText => "Fiche d'identité";
}

/// <summary>One phase of a process calendar.</summary>
public sealed record CalendarPhase(string Name, DateOnly Start, DateOnly? End = null, string? Description = null);
