using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;
using Portal.Core.Caching;
using Portal.Core.Public;
using Portal.Core.Settings;
using Portal.OpenData.Reading;
using Portal.Search.Querying;

namespace Portal.OpenData.Feeds;

/// <summary>
/// Atom feeds: the whole site's publications, one process's, one proposition's (its response and follow-ups) and a search's
/// newest results. From the public output cache, evicted by every publication (and by the search index's commits).
/// </summary>
internal static class FeedEndpoints
{
    public const int SiteEntries = 50;

    private static readonly OutputCacheAttribute Lists = new() { PolicyName = PublicCache.PolicyName, Tags = [PublicCache.ListsTag] };
    private static readonly OutputCacheAttribute OneProcess = new() { PolicyName = PublicCache.PolicyName };
    private static readonly OutputCacheAttribute Search = new() { PolicyName = PublicCache.PolicyName, Tags = [PublicCache.SearchTag] };

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/flux.atom", SiteAsync).WithMetadata(Lists).ExcludeFromDescription().RequireCors(OpenDataModule.CorsPolicy);
        endpoints.MapGet("/demarches/{slug}/flux.atom", ProcessAsync).WithMetadata(OneProcess).ExcludeFromDescription().RequireCors(OpenDataModule.CorsPolicy);
        endpoints.MapGet("/demarches/{slug}/propositions/{code}/flux.atom", PropositionAsync).WithMetadata(OneProcess).ExcludeFromDescription().RequireCors(OpenDataModule.CorsPolicy);
        endpoints.MapGet("/recherche/flux.atom", SearchAsync).WithMetadata(Search).ExcludeFromDescription().RequireCors(OpenDataModule.CorsPolicy);
        return endpoints;
    }

    private static async Task<IResult> SiteAsync(
        PublishedContentReader reader, SiteSettingsStore settings, PublicSite site, IEnumerable<IPublicationSource> others, CancellationToken cancellationToken)
    {
        var snapshot = await reader.ReadAllAsync(cancellationToken);
        var labels = await settings.GetAsync(cancellationToken);
        var entries = new FeedEntries(site, labels);
        var all = snapshot.Processes.SelectMany(p => entries.Of(p, withPropositions: false))
            .Concat(await entries.OfAsync(others, processId: null, SiteEntries, cancellationToken))
            .OrderByDescending(e => e.UpdatedUtc).ThenBy(e => e.Id, StringComparer.Ordinal).Take(SiteEntries).ToList();
        return Atom(new AtomFeed(
            site.Url("/flux.atom"), $"{labels.SiteName} : publications", site.Url("/flux.atom"), site.Url("/"), labels.SiteName, Updated(all, snapshot.GeneratedUtc), all));
    }

    private static async Task<IResult> ProcessAsync(
        string slug, HttpContext context, PublishedContentReader reader, SiteSettingsStore settings, PublicSite site, IEnumerable<IPublicationSource> others,
        CancellationToken cancellationToken)
    {
        if (await reader.ReadOneAsync(slug, cancellationToken) is not { } snapshot)
        {
            return Results.NotFound();
        }

        var process = snapshot.Processes[0];
        PublicCache.TagProcess(context, process.Root.Id);
        var feed = new FeedEntries(site, await settings.GetAsync(cancellationToken));
        var entries = feed.Of(process, withPropositions: true)
            .Concat(await feed.OfAsync(others, process.Root.Id, int.MaxValue, cancellationToken))
            .OrderByDescending(e => e.UpdatedUtc).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        var self = site.Url($"/demarches/{slug}/flux.atom");
        return Atom(new AtomFeed(self, process.Root.Content.Title, self, site.Url($"/demarches/{slug}"), process.Root.Content.Organiser, Updated(entries, process.Root.PublishedUtc), entries));
    }

    private static async Task<IResult> PropositionAsync(
        string slug, string code, HttpContext context, PublishedContentReader reader, SiteSettingsStore settings, PublicSite site, CancellationToken cancellationToken)
    {
        var process = (await reader.ReadOneAsync(slug, cancellationToken))?.Processes[0];
        var proposition = process?.Propositions.FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase));
        if (process is null || proposition is null)
        {
            return Results.NotFound();
        }

        PublicCache.TagProcess(context, process.Root.Id);
        var entries = new FeedEntries(site, await settings.GetAsync(cancellationToken)).Of(process, proposition, withProposition: true)
            .OrderByDescending(e => e.UpdatedUtc).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        var page = $"/demarches/{slug}/propositions/{Uri.EscapeDataString(proposition.Code)}";
        var p = proposition.Item.Content;
        return Atom(new AtomFeed(
            site.Url(page + "/flux.atom"), $"Proposition {p.Code} : {p.Title}", site.Url(page + "/flux.atom"), site.Url(page), process.Root.Content.Organiser,
            Updated(entries, proposition.Item.PublishedUtc), entries));
    }

    private static async Task<IResult> SearchAsync(HttpContext context, SearchService search, SiteSettingsStore settings, PublicSite site, CancellationToken cancellationToken)
    {
        var (request, errors) = SearchRequestBinder.Bind(context.Request.Query, pageSize: SiteEntries);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Paramètres de recherche invalides");
        }

        // A feed is read for what is new: the page's filters, newest first.
        request = request with { Sort = SearchSort.Date, Page = 1 };
        var results = await search.SearchAsync(request, cancellationToken);
        var labels = await settings.GetAsync(cancellationToken);
        // A proposition, its response and its follow-ups share one page: the entry's id adds the kind, and a rank among its like.
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = results.Hits.Select(h =>
        {
            var url = site.Url(h.Url);
            var id = url.Contains('#', StringComparison.Ordinal) ? $"{url}-{h.Type}" : $"{url}#{h.Type}";
            var rank = seen[id] = seen.GetValueOrDefault(id) + 1;
            return new AtomEntry(
                rank == 1 ? id : $"{id}-{rank}", h.Title, h.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), site.Url(h.Url), $"{h.ProcessTitle} — {h.SnippetText}", h.Type);
        }).ToList();
        var query = SearchRequestBinder.ToQueryString(request with { Sort = SearchSort.Relevance }).ToUriComponent();
        var self = site.Url("/recherche/flux.atom" + query);
        var title = string.IsNullOrEmpty(request.Query) ? $"{labels.SiteName} : recherche" : $"{labels.SiteName} : recherche « {request.Query} »";
        return Atom(new AtomFeed(self, title, self, site.Url("/recherche" + query), labels.SiteName, Updated(entries, DateTime.UnixEpoch), entries));
    }

    private static DateTime Updated(List<AtomEntry> entries, DateTime fallback) =>
        entries.Count == 0 ? fallback : entries.Max(e => e.UpdatedUtc);

    private static IResult Atom(AtomFeed feed) => Results.Bytes(feed.ToXml(), AtomFeed.MediaType + "; charset=utf-8");
}
