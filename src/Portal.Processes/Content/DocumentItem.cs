using System.Text.Json.Serialization;
using Portal.Core.Content;

namespace Portal.Processes.Content;

/// <summary>
/// One document of a process (a délibération, the mandate letter, the citizens' report…): its type, date and title, and
/// its file, either in the media library (<see cref="MediaId"/>: format and size read from the stored file) or at an
/// external address (<see cref="Url"/>, with the <see cref="Format"/> and <see cref="SizeBytes"/> the editor declares).
/// A document that is not accessible (RGAA) says so and gives an accessible alternative or whom to ask for one.
/// </summary>
public sealed record DocumentItem(
    string DocumentType,
    string Title,
    DateOnly? Date = null,
    string? Description = null,
    string? MediaId = null,
    string? Url = null,
    string? Format = null,
    int? SizeBytes = null,
    bool NotAccessible = false,
    string? AlternativeUrl = null,
    string? AlternativeContact = null,
    int Order = 0) : IDisplayText
{
    [JsonIgnore]
    public string DisplayText => Title;
}
