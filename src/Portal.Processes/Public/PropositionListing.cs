namespace Portal.Processes.Public;

/// <summary>
/// One page of a process's propositions after filtering, with the counts a reader needs to choose a filter:
/// by theme, decision and latest follow-up status, always over the whole process.
/// </summary>
public sealed record PropositionListing(
    PropositionFilter Filter,
    IReadOnlyList<PropositionSummary> Items,
    int Total,
    int Matching,
    int PageCount,
    IReadOnlyList<(string Key, int Count)> Themes,
    IReadOnlyList<(string? Key, int Count)> Decisions,
    IReadOnlyList<(string? Key, int Count)> FollowUps)
{
    public const int PageSize = 50;

    public static readonly PropositionListing Empty = Build([], new PropositionFilter());

    public int Answered => Decisions.Where(d => d.Key is not null).Sum(d => d.Count);

    public int CountOf(string decision) => Decisions.FirstOrDefault(d => d.Key == decision).Count;

    public int FollowUpCountOf(string status) => FollowUps.FirstOrDefault(d => d.Key == status).Count;

    /// <summary>Filters, counts and cuts one page; a page number past the end shows the last page.</summary>
    public static PropositionListing Build(IEnumerable<PropositionSummary> all, PropositionFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var ordered = all.OrderBy(p => p.Order).ThenBy(p => p.Code, StringComparer.Ordinal).ToList();
        var matching = ordered.Where(filter.Matches).ToList();
        var pageCount = Math.Max(1, (matching.Count + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        return new PropositionListing(
            filter with { Page = page },
            matching.Skip((page - 1) * PageSize).Take(PageSize).ToList(),
            ordered.Count,
            matching.Count,
            pageCount,
            [.. ordered.GroupBy(p => p.Theme, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count()))],
            [.. ordered.GroupBy(p => p.Decision).Select(g => (g.Key, g.Count()))],
            [.. ordered.GroupBy(p => p.FollowUpStatus).Select(g => (g.Key, g.Count()))]);
    }
}
