using System.Net;
using Microsoft.AspNetCore.Html;
using Portal.Core.Settings;

namespace Portal.Processes.Public;

/// <summary>What the proposition partial needs: where it links, what it shows, and where it sits in the heading outline.</summary>
public sealed record PropositionImpactModel(string ProcessSlug, PropositionView Item, SiteSettings Site, int HeadingLevel)
{
    public string Permalink => $"/demarches/{ProcessSlug}/propositions/{Uri.EscapeDataString(Item.Proposition.Code)}";

    /// <summary>The public history of the proposition's response and follow-ups.</summary>
    public string History => Permalink + "/historique";

    public string AnchorId => "prop-" + Item.Proposition.Code;

    /// <summary>The proposition's own title, a link to its permalink; none when the page's h1 already names it.</summary>
    public IHtmlContent Title() => HeadingLevel <= 1
        ? HtmlString.Empty
        : new HtmlString($"<h{HeadingLevel} id=\"{Encode(AnchorId)}\"><a href=\"{Encode(Permalink)}\">{Encode(Item.Proposition.Code)} — {Encode(Item.Proposition.Title)}</a></h{HeadingLevel}>");

    /// <summary>A sub-heading one level below the title, whatever page the partial is on.</summary>
    public IHtmlContent SubHeading(string text)
    {
        var level = Math.Min(6, HeadingLevel + 1);
        return new HtmlString($"<h{level}>{Encode(text)}</h{level}>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
