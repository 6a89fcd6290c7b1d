using System.Text.Json.Serialization;
using Portal.Core.Content;

namespace Portal.Processes.Content;

/// <summary>A speaker or expert heard by the participants.</summary>
public sealed record Speaker(
    string Name,
    string Title,
    string Organisation,
    string Topic,
    string SelectedBy,
    string PointOfView,
    DateOnly? SessionDate = null,
    string? Session = null,
    string? MaterialUrl = null,
    int Order = 0) : IDisplayText
{
    [JsonIgnore]
    public string DisplayText => Name;
}
