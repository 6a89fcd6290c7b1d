using System.Text.Json.Serialization;
using Portal.Core.Content;

namespace Portal.Site;

/// <summary>A free page (« À propos », « Méthode », « Accessibilité »…), body in Markdown.</summary>
public sealed record FreePage(string Title, string Slug, string Body, string? Summary = null) : IDisplayText, ISiteContent
{
    [JsonIgnore]
    public string DisplayText => Title;
}
