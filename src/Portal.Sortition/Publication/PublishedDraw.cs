using System.Text.Json.Serialization;
using Portal.Core.Content;

namespace Portal.Sortition.Publication;

/// <summary>
/// The publication of one draw on the public site, as a content item that goes through the COPIL workflow like
/// any section: until a version of it is published, the draw's commitment, result and kit stay private.
/// </summary>
public sealed record PublishedDraw(string DrawId, string Title, string? Note = null) : IDisplayText
{
    [JsonIgnore]
    public string DisplayText => Title;
}
