namespace Portal.Search.Querying;

/// <summary>One page of results, the total and the counts per filter value over the whole result set.</summary>
public sealed record SearchResults(
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>How the results were found (all words, most words, corrected spelling), for the page to say.</summary>
    public MatchingInfo Matching { get; init; } = MatchingInfo.Nothing;
}

/// <summary>One result; <see cref="SnippetHtml"/> is encoded HTML whose only markup is &lt;mark&gt;.</summary>
public sealed record SearchHit(
    string Type,
    string Title,
    string Url,
    string SnippetHtml,
    string SnippetText,
    string ProcessTitle,
    string ProcessSlug,
    DateOnly Date,
    string? Code,
    string? Decision,
    string? FollowUpStatus,
    IReadOnlyList<string> Themes)
{
    /// <summary>The whole text, when the request asked for it (<see cref="SearchRequest.WithFullText"/>); null otherwise.</summary>
    public string? FullText { get; init; }
}

/// <summary>One value of a filter with how many results carry it.</summary>
public sealed record FacetValue(string Value, int Count);
