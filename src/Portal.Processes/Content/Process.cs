using System.Text.Json.Serialization;
using Portal.Core.Content;

namespace Portal.Processes.Content;

/// <summary>
/// A participation process ("démarche"): what lists and filters need. Its CIPC sections are
/// separate content items that point to it. <see cref="Participation"/> says how to take part while it is open;
/// <see cref="SpeakersChosenBy"/> says who chose the speakers heard (pluralism).
/// </summary>
public sealed record Process(
    string Title,
    string Slug,
    string Summary,
    string Organiser,
    string Territory,
    IReadOnlyList<string> Themes,
    DateOnly StartDate,
    DateOnly? EndDate = null,
    bool IsDemo = false,
    Participation? Participation = null,
    string? SpeakersChosenBy = null) : IDisplayText, IProcessRoot
{
    [JsonIgnore]
    public string DisplayText => Title;
}
