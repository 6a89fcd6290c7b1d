namespace Portal.Search.Querying;

/// <summary>A search as the page, the API and the export receive it; every filter is optional.</summary>
public sealed record SearchRequest(
    string? Query,
    string? Type = null,
    string? Process = null,
    string? Organiser = null,
    string? Theme = null,
    string? Decision = null,
    string? FollowUpStatus = null,
    int? Year = null,
    SearchSort Sort = SearchSort.Relevance,
    int Page = 1,
    int PageSize = 20)
{
    /// <summary>The address of the organisation owning the processes searched, or null for all.</summary>
    public string? Organisation { get; init; }

    /// <summary>Whether each hit carries its whole text (the API and the CSV export), not only the extract the page shows.</summary>
    public bool WithFullText { get; init; }
}

public enum SearchSort
{
    Relevance,
    Date,
}
