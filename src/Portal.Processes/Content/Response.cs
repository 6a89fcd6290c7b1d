using System.Text.Json.Serialization;
using Portal.Core.Content;

namespace Portal.Processes.Content;

/// <summary>The organiser's motivated response to one proposition; its decision is a key of the site's vocabulary.</summary>
public sealed record Response(
    string Decision,
    string Motivation,
    string BodyInCharge,
    IReadOnlyList<string> Commitments,
    DateOnly? Deadline = null) : IDisplayText
{
    [JsonIgnore]
    public string DisplayText => "Réponse motivée";
}
