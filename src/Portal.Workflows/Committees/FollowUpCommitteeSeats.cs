using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Processes.Public;

namespace Portal.Workflows.Committees;

/// <summary>The follow-up committees' seats tied to an account, for the committee's assessments (its members write for their process only).</summary>
internal sealed class FollowUpCommitteeSeats(PortalDbContext db) : IFollowUpCommitteeSeats
{
    public async Task<IReadOnlySet<string>> ProcessesOfAsync(string userName, CancellationToken cancellationToken)
    {
        var name = userName.Trim().ToLowerInvariant();
        var ids = await (
            from c in db.Set<Committee>().AsNoTracking()
            where c.Kind == CommitteeKind.FollowUp
            join s in db.Set<CommitteeSeat>().AsNoTracking() on c.Id equals s.CommitteeId
            where s.UserName == name
            select c.ProcessId).Distinct().ToListAsync(cancellationToken);
        return ids.ToHashSet(StringComparer.Ordinal);
    }
}
