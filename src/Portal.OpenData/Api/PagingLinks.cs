using System.Globalization;
using Microsoft.AspNetCore.Http;
using Portal.Core.Public;

namespace Portal.OpenData.Api;

/// <summary>Absolute links to the pages of a list, keeping its filters; also sent as an RFC 8288 <c>Link</c> header.</summary>
internal static class PagingLinks
{
    public static PageLinks Build(HttpContext context, PublicSite site, int page, int pageCount)
    {
        var path = context.Request.Path.Value ?? "/";
        var kept = context.Request.Query.Where(p => p.Key != "page").ToList();
        string Url(int number)
        {
            var pairs = kept.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value.ToString()));
            if (number > 1)
            {
                pairs = pairs.Append(new("page", number.ToString(CultureInfo.InvariantCulture)));
            }

            return site.Url(path + QueryString.Create(pairs).ToUriComponent());
        }

        var links = new PageLinks(Url(page), Url(1), Url(pageCount), page < pageCount ? Url(page + 1) : null, page > 1 ? Url(page - 1) : null);
        var header = new List<string> { $"<{links.First}>; rel=\"first\"", $"<{links.Last}>; rel=\"last\"" };
        if (links.Next is { } next)
        {
            header.Add($"<{next}>; rel=\"next\"");
        }

        if (links.Prev is { } prev)
        {
            header.Add($"<{prev}>; rel=\"prev\"");
        }

        context.Response.Headers.Link = string.Join(", ", header);
        return links;
    }
}
