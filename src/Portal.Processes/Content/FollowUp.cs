using System.Text.Json.Serialization;
using Portal.Core.Content;

namespace Portal.Processes.Content;

/// <summary>
/// A dated follow-up update on the implementation of a response: its status, what was done, the evidence (typed
/// references), and the new status of the response's commitments it speaks of.
/// </summary>
public sealed record FollowUp(
    DateOnly Date,
    string Status,
    string Progress,
    IReadOnlyList<EvidenceLink> Evidence,
    IReadOnlyList<CommitmentUpdate>? Commitments = null) : IDisplayText
{
    [JsonIgnore]
    public string DisplayText => $"Suivi du {Date:yyyy-MM-dd}";
}

/// <summary>
/// A reference that shows what was done. <paramref name="Kind"/> types it (<see cref="EvidenceKinds"/>; a plain link
/// when left out); a délibération carries its date and number (the national open-data schema's <c>DELIB_DATE</c>,
/// <c>DELIB_ID</c>, <c>DELIB_OBJET</c> as the title, <c>DELIB_URL</c> as the address), a budget line its amount and year.
/// </summary>
public sealed record EvidenceLink(
    string Title,
    string Url,
    string? Kind = null,
    DateOnly? Date = null,
    string? Number = null,
    decimal? Amount = null,
    int? Year = null);
