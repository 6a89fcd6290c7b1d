using Portal.Search.Querying;

namespace Portal.Search.Api;

/// <summary>The JSON answer of the search API.</summary>
public sealed record SearchApiResponse(
    int Total,
    int Page,
    int PageCount,
    IReadOnlyList<SearchApiResult> Results,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets)
{
    public static SearchApiResponse From(SearchResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new SearchApiResponse(
            results.Total,
            results.Page,
            results.PageCount,
            results.Hits.Select(h => new SearchApiResult(h.Type, h.Title, h.Url, h.SnippetHtml, h.ProcessTitle, h.Date, h.Code, h.Decision, h.FollowUpStatus)).ToList(),
            results.Facets.ToDictionary(f => SearchLabels.FacetParameter(f.Key), f => f.Value));
    }
}

/// <summary>One result; <c>snippet</c> is HTML-encoded text whose matches are wrapped in &lt;mark&gt;.</summary>
public sealed record SearchApiResult(
    string Type,
    string Title,
    string Url,
    string Snippet,
    string Process,
    DateOnly Date,
    string? Code,
    string? Decision,
    string? FollowUpStatus);
