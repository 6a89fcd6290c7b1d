using Microsoft.AspNetCore.Http;

namespace Portal.Core.Public;

/// <summary>
/// Lets a module name other forms of the page being read (an Atom feed of the process shown…), which the public layout
/// writes as <c>&lt;link rel="alternate"&gt;</c> in the page's head, without the page or the layout knowing the module.
/// </summary>
public interface IAlternateLinkSource
{
    IEnumerable<AlternateLink> LinksFor(HttpRequest request);
}

/// <summary>Another form of a page: its address, its media type and a French title.</summary>
public sealed record AlternateLink(string Href, string Type, string Title);
