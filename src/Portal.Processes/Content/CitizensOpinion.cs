using System.Text.Json.Serialization;
using Portal.Core.Content;

namespace Portal.Processes.Content;

/// <summary>The citizens' opinion: synthesis, report and hand-over date. Its propositions are items of their own.</summary>
public sealed record CitizensOpinion(string Synthesis, string? ReportUrl = null, DateOnly? HandOverDate = null) : IDisplayText
{
    [JsonIgnore]
    public string DisplayText => "Avis des citoyens";
}
