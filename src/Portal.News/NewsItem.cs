using System.Text.Json.Serialization;
using Portal.Core.Content;

namespace Portal.News;

/// <summary>
/// A news item (« actualité »): an article about the participation, dated, with a summary and a Markdown body, and an
/// optional image from the media library with its alternative text. It belongs to a process when the version's
/// <c>ProcessId</c> says so (its COPIL then reviews it, and it appears on that process's page and history); otherwise
/// it is the site's own.
/// </summary>
public sealed record NewsItem(
    string Title,
    string Slug,
    DateOnly Date,
    string Summary,
    string Body,
    string? ImageId = null,
    string? ImageAlt = null) : IDisplayText, ISiteContent
{
    [JsonIgnore]
    public string DisplayText => Title;
}
