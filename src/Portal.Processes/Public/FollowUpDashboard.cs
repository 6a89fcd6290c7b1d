using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Processes.Indexes;

namespace Portal.Processes.Public;

/// <summary>One published proposition with the process it belongs to, as the dashboards and their lists read it.</summary>
public sealed record TrackedProposition(string ProcessSlug, string ProcessTitle, string Organiser, int Year, PropositionSummary Summary)
{
    public string Permalink => $"/demarches/{ProcessSlug}/propositions/{Uri.EscapeDataString(Summary.Code)}";
}

/// <summary>Which propositions a dashboard or its list covers: one process, one organiser, one year, or all of them.</summary>
public sealed record TrackingScope(string? Process = null, string? Organiser = null, int? Year = null)
{
    public bool Includes(TrackedProposition item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return (Process is null || item.ProcessSlug == Process) && (Organiser is null || item.Organiser == Organiser) && (Year is null || item.Year == Year);
    }
}

/// <summary>The figures of a dashboard: all together, per organiser and per year (the year a process started), and the committee's grades against the decisions.</summary>
public sealed record FollowUpDashboard(
    TrackingScope Scope,
    FollowUpFigures All,
    IReadOnlyList<(string Organiser, FollowUpFigures Figures)> ByOrganiser,
    IReadOnlyList<(int Year, FollowUpFigures Figures)> ByYear,
    GradeCrossTable Grades)
{
    public static FollowUpDashboard Of(TrackingScope scope, IReadOnlyList<TrackedProposition> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var french = StringComparer.Create(Core.Text.French.Culture, ignoreCase: true);
        return new FollowUpDashboard(
            scope,
            FollowUpFigures.Of(items.Select(i => i.Summary)),
            [.. items.GroupBy(i => i.Organiser, StringComparer.Ordinal).OrderBy(g => g.Key, french).Select(g => (g.Key, FollowUpFigures.Of(g.Select(i => i.Summary))))],
            [.. items.GroupBy(i => i.Year).OrderByDescending(g => g.Key).Select(g => (g.Key, FollowUpFigures.Of(g.Select(i => i.Summary))))],
            GradeCrossTable.Of(items.Select(i => i.Summary)));
    }
}

/// <summary>Reads the published propositions a dashboard covers, from index rows only (see <see cref="PropositionFacts"/>).</summary>
public sealed class FollowUpTracking(PortalDbContext db, PropositionFacts facts)
{
    public async Task<IReadOnlyList<TrackedProposition>> ReadAsync(TrackingScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var processes = await db.Set<ProcessIndex>().AsNoTracking()
            .Where(p => (scope.Process == null || p.Slug == scope.Process) && (scope.Organiser == null || p.Organiser == scope.Organiser) && (scope.Year == null || p.Year == scope.Year))
            .Select(p => new { p.ContentItemId, p.Slug, p.Title, p.Organiser, p.Year }).ToListAsync(cancellationToken);
        var byId = processes.ToDictionary(p => p.ContentItemId, StringComparer.Ordinal);
        var rows = await facts.ReadAsync(processes.Count == 1 ? processes[0].ContentItemId : null, cancellationToken);
        return [.. rows.Where(r => byId.ContainsKey(r.ProcessId))
            .Select(r => (Process: byId[r.ProcessId], r.Summary))
            .OrderBy(r => r.Process.Title, StringComparer.Ordinal).ThenBy(r => r.Summary.Order).ThenBy(r => r.Summary.Code, StringComparer.Ordinal)
            .Select(r => new TrackedProposition(r.Process.Slug, r.Process.Title, r.Process.Organiser, r.Process.Year, r.Summary))];
    }
}

/// <summary>The propositions of a scope that pass a filter, with the organisers and years a reader may choose from.</summary>
public sealed record TrackedSelection(IReadOnlyList<TrackedProposition> Matching, IReadOnlyList<string> Organisers, IReadOnlyList<int> Years)
{
    public static TrackedSelection Of(IReadOnlyList<TrackedProposition> everything, TrackingScope scope, PropositionFilter filter)
    {
        ArgumentNullException.ThrowIfNull(everything);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(filter);
        var french = StringComparer.Create(Core.Text.French.Culture, ignoreCase: true);
        return new(
            [.. everything.Where(i => scope.Includes(i) && filter.Matches(i.Summary))],
            [.. everything.Select(i => i.Organiser).Distinct(StringComparer.Ordinal).Order(french)],
            [.. everything.Select(i => i.Year).Distinct().OrderDescending()]);
    }
}
