using System.Text.Json.Serialization;
using Portal.Core.Content;

namespace Portal.Sortition.Publication;

/// <summary>
/// The publication of one draw on the public site, as a content item that goes through the COPIL workflow like
/// any section: until a version of it is published, the draw's commitment, result and kit stay private.
/// </summary>
/// <remarks>
/// The COPIL reviews this item: it carries the commitment hash, the rule of the public randomness and the
/// draws already made for the process, so the committee knows exactly what it makes public and whether
/// this is a redraw.
/// </remarks>
public sealed record PublishedDraw(string DrawId, string Title, string? Note = null, string? Commitment = null, string? RandomnessRule = null, string? EarlierDraws = null) : IDisplayText
{
    [JsonIgnore]
    public string DisplayText => Title;
}
