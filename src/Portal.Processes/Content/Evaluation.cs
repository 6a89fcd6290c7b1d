using System.Text.Json.Serialization;
using Portal.Core.Content;

namespace Portal.Processes.Content;

/// <summary>The evaluation of the process once its follow-up is done (who evaluated, what they found).</summary>
public sealed record Evaluation(string Text, string? ReportUrl = null, DateOnly? Date = null) : IDisplayText
{
    [JsonIgnore]
    public string DisplayText => "Évaluation de la démarche";
}
