using System.Text.Json.Serialization;
using Portal.Core.Content;

namespace Portal.Processes.Content;

/// <summary>
/// A speaker or expert heard by the participants. For pluralism, a speaker may carry a kind (chercheur, élu…), a short
/// position counted in the section's summary, and a declaration of interests; no declaration means none was collected.
/// </summary>
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
    int Order = 0,
    string? SpeakerKind = null,
    string? Position = null,
    InterestDeclaration? Interests = null) : IDisplayText
{
    [JsonIgnore]
    public string DisplayText => Name;
}

/// <summary>
/// A declaration of interests as the speaker made it, on its date: links with organisations concerned by the topic, or
/// « aucun lien déclaré » (<see cref="NoneDeclared"/>).
/// </summary>
public sealed record InterestDeclaration(DateOnly Date, bool NoneDeclared = false, IReadOnlyList<DeclaredInterest>? Links = null);

/// <summary>One declared link: the organisation and what ties the speaker to it (« membre du conseil d'administration »).</summary>
public sealed record DeclaredInterest(string Organisation, string Nature);
