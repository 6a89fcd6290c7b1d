using System.Text.Json.Serialization;
using Portal.Core.Content;

namespace Portal.Processes.Content;

/// <summary>The mandate given to participants, and the document that states it.</summary>
public sealed record Mandate(string Text, string? DocumentUrl = null, string? DocumentTitle = null) : IDisplayText
{
    [JsonIgnore]
    public string DisplayText => "Mandat de participation";
}
