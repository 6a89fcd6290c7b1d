using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Core.Public;
using Portal.Core.Seo;

namespace Portal.Site;

/// <summary><c>/sitemap.xml</c> from every module's published addresses, and <c>/robots.txt</c> pointing to it, on the configured public address.</summary>
internal static class SitemapEndpoints
{
    public static IEndpointRouteBuilder MapSitemap(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sitemap.xml", WriteSitemapAsync).ExcludeFromDescription();
        endpoints.MapGet("/robots.txt", (PublicSite site) =>
            Results.Text($"User-agent: *\nDisallow: /admin/\nSitemap: {site.Url("/sitemap.xml")}\n", "text/plain; charset=utf-8"))
            .ExcludeFromDescription();
        return endpoints;
    }

    private static async Task WriteSitemapAsync(HttpContext context, IEnumerable<ISitemapSource> sources, PublicSite site)
    {
        context.Response.ContentType = "application/xml; charset=utf-8";
        var settings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = false };
        await using var writer = XmlWriter.Create(context.Response.Body, settings);
        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, "urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
        foreach (var source in sources)
        {
            await foreach (var entry in source.GetEntriesAsync(context.RequestAborted))
            {
                await writer.WriteStartElementAsync(null, "url", null);
                await writer.WriteElementStringAsync(null, "loc", null, site.Url(entry.Path));
                if (entry.LastModifiedUtc is { } modified)
                {
                    await writer.WriteElementStringAsync(null, "lastmod", null, modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                await writer.WriteEndElementAsync();
            }
        }

        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
    }
}
