using Microsoft.EntityFrameworkCore;
using Portal.Core.Audit;
using Portal.Core.Caching;
using Portal.Core.Data;

namespace Portal.Workflows.Committees;

/// <summary>
/// The committees of processes: read for the workflow's checks (<see cref="ScopeAsync"/>), for the public page, and
/// changed seat by seat, each change audited under the process (who gave or took which seat, and when).
/// </summary>
public sealed class ProcessCommittees(PortalDbContext db, AuditTrail audit, PublicCacheEvictions evictions, Portal.Processes.Organisations.OrganisationDirectory organisations)
{
    public const string AuditType = "Comite";

    /// <summary>The COPIL seats of these processes (those that have a COPIL with at least one account seated).</summary>
    public async Task<CopilScope> ScopeAsync(IEnumerable<string?> processIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(processIds);
        var ids = processIds.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return CopilScope.None;
        }

        var editors = await organisations.EditorsOfAsync(ids, cancellationToken);

        // A join, not a nested collection: SQLite has no APPLY.
        var seats = await (
            from c in db.Set<Committee>().AsNoTracking()
            where c.Kind == CommitteeKind.Copil && ids.Contains(c.ProcessId)
            join s in db.Set<CommitteeSeat>().AsNoTracking() on c.Id equals s.CommitteeId
            where s.UserName != null
            select new { c.ProcessId, s.UserName }).ToListAsync(cancellationToken);
        return new CopilScope(seats.GroupBy(s => s.ProcessId).ToDictionary(
            g => g.Key,
            g => (IReadOnlySet<string>)g.Select(s => s.UserName!).ToHashSet(StringComparer.OrdinalIgnoreCase),
            StringComparer.Ordinal), editors);
    }

    /// <summary>Every committee of a process with its seats, COPIL first.</summary>
    public async Task<IReadOnlyList<Committee>> OfAsync(string processId, CancellationToken cancellationToken = default) =>
        await db.Set<Committee>().AsNoTracking().Include(c => c.Seats.OrderByDescending(s => s.Chair).ThenBy(s => s.Id))
            .Where(c => c.ProcessId == processId).OrderBy(c => c.Kind).ToListAsync(cancellationToken);

    /// <summary>Names a committee (creating it on first use).</summary>
    public async Task<Committee> NameAsync(string processId, CommitteeKind kind, string name, string actor, CancellationToken cancellationToken = default)
    {
        var committee = await db.Set<Committee>().SingleOrDefaultAsync(c => c.ProcessId == processId && c.Kind == kind, cancellationToken);
        if (committee is null)
        {
            committee = new Committee { ProcessId = processId, Kind = kind, Name = name.Trim() };
            db.Add(committee);
        }
        else if (committee.Name == name.Trim())
        {
            return committee;
        }

        committee.Name = name.Trim();
        await db.SaveChangesAsync(cancellationToken);
        await AuditAsync(actor, "comite-nomme", processId, $"{KindLabel(kind)} : « {committee.Name} »", cancellationToken);
        return committee;
    }

    /// <summary>Gives a seat; refused (false) when the account already sits on this committee.</summary>
    public async Task<bool> SeatAsync(string processId, CommitteeKind kind, CommitteeSeat seat, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seat);
        var committee = await db.Set<Committee>().Include(c => c.Seats).SingleOrDefaultAsync(c => c.ProcessId == processId && c.Kind == kind, cancellationToken)
            ?? await NameAsync(processId, kind, DefaultName(kind), actor, cancellationToken);
        seat.UserName = string.IsNullOrWhiteSpace(seat.UserName) ? null : seat.UserName.Trim().ToLowerInvariant();
        if (seat.UserName is not null && committee.Seats.Any(s => s.UserName == seat.UserName))
        {
            return false;
        }

        committee.Seats.Add(seat);
        await db.SaveChangesAsync(cancellationToken);
        await AuditAsync(actor, "siege-attribue", processId, $"{KindLabel(kind)} : {Describe(seat)}", cancellationToken);
        return true;
    }

    /// <summary>Takes a seat back; from then on its holder neither acts nor counts for this process.</summary>
    public async Task<bool> UnseatAsync(string processId, long seatId, string actor, CancellationToken cancellationToken = default)
    {
        var seat = await db.Set<CommitteeSeat>().SingleOrDefaultAsync(s => s.Id == seatId, cancellationToken);
        var committee = seat is null ? null : await db.Set<Committee>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == seat.CommitteeId && c.ProcessId == processId, cancellationToken);
        if (seat is null || committee is null)
        {
            return false;
        }

        db.Remove(seat);
        await db.SaveChangesAsync(cancellationToken);
        await AuditAsync(actor, "siege-retire", processId, $"{KindLabel(committee.Kind)} : {Describe(seat)}", cancellationToken);
        return true;
    }

    /// <summary>Gives a committee exactly these seats (a recipe): one audit entry when anything changed, none otherwise.</summary>
    public async Task ReplaceAsync(string processId, CommitteeKind kind, string name, IReadOnlyList<CommitteeSeat> seats, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seats);
        foreach (var seat in seats)
        {
            seat.UserName = string.IsNullOrWhiteSpace(seat.UserName) ? null : seat.UserName.Trim().ToLowerInvariant();
        }

        var committee = await db.Set<Committee>().Include(c => c.Seats).SingleOrDefaultAsync(c => c.ProcessId == processId && c.Kind == kind, cancellationToken);
        static string Key(CommitteeSeat s) => $"{s.UserName}|{s.DisplayName}|{s.Quality}|{s.Chair}|{s.Public}";
        if (committee is not null && committee.Name == name && committee.Seats.OrderBy(s => s.Id).Select(Key).SequenceEqual(seats.Select(Key)))
        {
            return;
        }

        if (committee is null)
        {
            committee = new Committee { ProcessId = processId, Kind = kind, Name = name };
            db.Add(committee);
        }

        committee.Name = name;
        committee.Seats.Clear();
        committee.Seats.AddRange(seats);
        await db.SaveChangesAsync(cancellationToken);
        await AuditAsync(actor, "comite-compose", processId, $"{KindLabel(kind)} « {name} » : {seats.Count} siège(s), dont {seats.Count(s => s.UserName is not null)} avec compte", cancellationToken);
    }

    public static string KindLabel(CommitteeKind kind) => kind == CommitteeKind.Copil ? "COPIL" : "comité de suivi";

    public static string DefaultName(CommitteeKind kind) => kind == CommitteeKind.Copil ? "comité de pilotage" : "comité de suivi citoyen";

    /// <summary>
    /// A seat in the trail, which is never erased: its number and quality, and the member's name only when the seat is
    /// public (never an account's address, which may have to be erased).
    /// </summary>
    private static string Describe(CommitteeSeat seat) =>
        $"siège n° {seat.Id}{(seat.Quality is null ? string.Empty : $", {seat.Quality}")}{(seat.Chair ? " (présidence)" : string.Empty)}"
        + (seat.UserName is null ? ", sans compte" : ", avec compte") + (seat.Public ? $", publié : {seat.DisplayName}" : ", non publié");

    /// <summary>Every change is audited, and the process's public pages (which show the committees) are evicted once it commits.</summary>
    private async Task AuditAsync(string actor, string action, string processId, string comment, CancellationToken cancellationToken)
    {
        await audit.AppendAsync(actor, action, new AuditSubject(processId, AuditType, 0), comment, cancellationToken);
        await evictions.AfterCommitAsync(db, [PublicCache.ProcessTag(processId)], cancellationToken);
    }
}
