using System.Text.Json.Serialization;
using Portal.Core.Content;

namespace Portal.Processes.Content;

/// <summary>
/// The organiser's motivated response to one proposition; its decision is a key of the site's vocabulary. Its date is the
/// day the organiser answered (a deliberation, a letter); left out, the response clock counts from its first publication.
/// </summary>
public sealed record Response(
    string Decision,
    string Motivation,
    string BodyInCharge,
    IReadOnlyList<Commitment> Commitments,
    DateOnly? Deadline = null,
    DateOnly? RespondedOn = null) : IDisplayText
{
    [JsonIgnore]
    public string DisplayText => "Réponse motivée";
}
