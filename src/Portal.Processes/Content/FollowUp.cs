using System.Text.Json.Serialization;
using Portal.Core.Content;

namespace Portal.Processes.Content;

/// <summary>A dated follow-up update on the implementation of a response.</summary>
public sealed record FollowUp(DateOnly Date, string Status, string Progress, IReadOnlyList<EvidenceLink> Evidence) : IDisplayText
{
    [JsonIgnore]
    public string DisplayText => $"Suivi du {Date:yyyy-MM-dd}";
}

/// <summary>A link that shows what was done (decree, minutes, budget line…).</summary>
public sealed record EvidenceLink(string Title, string Url);
