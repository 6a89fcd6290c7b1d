using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Processes.Indexes;

namespace Portal.Processes.Public;

/// <summary>
/// The compact facts of published propositions (decision, response clock, commitments, latest follow-up), read from
/// narrow index rows only: for one process's list, or for every process at once (the site-wide dashboard).
/// </summary>
public sealed class PropositionFacts(PortalDbContext db, PublicClock clock, ContentTypeRegistry types)
{
    /// <summary>The propositions of one process, or of every published process when <paramref name="processId"/> is null.</summary>
    public async Task<IReadOnlyList<(string ProcessId, PropositionSummary Summary)>> ReadAsync(string? processId, CancellationToken cancellationToken = default)
    {
        var today = clock.Today;
        var propositions = await db.Set<PropositionIndex>().AsNoTracking().Where(p => processId == null || p.ProcessId == processId)
            .Select(p => new { p.ContentItemId, p.ProcessId, p.Code, p.Title, p.Theme, p.Order, p.Referral }).ToListAsync(cancellationToken);
        var responses = (await db.Set<ResponseIndex>().AsNoTracking().Where(r => processId == null || r.ProcessId == processId)
            .Select(r => new { r.PropositionId, r.Decision, r.RespondedOn }).ToListAsync(cancellationToken))
            .GroupBy(r => r.PropositionId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var followUps = (await db.Set<FollowUpIndex>().AsNoTracking().Where(f => processId == null || f.ProcessId == processId)
            .Select(f => new { f.ContentItemId, f.PropositionId, f.Date, f.Status }).ToListAsync(cancellationToken))
            .GroupBy(f => f.PropositionId, StringComparer.Ordinal).ToDictionary(
                g => g.Key, g => g.OrderByDescending(f => f.Date).ThenByDescending(f => f.ContentItemId, StringComparer.Ordinal).First(), StringComparer.Ordinal);
        var starts = (await db.Set<ReferralIndex>().AsNoTracking().Where(r => processId == null || r.ProcessId == processId).ToListAsync(cancellationToken))
            .GroupBy(r => r.ProcessId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<ReferralIndex>)[.. g], StringComparer.Ordinal);
        var commitments = (await db.Set<CommitmentIndex>().AsNoTracking().Where(c => processId == null || c.ProcessId == processId).ToListAsync(cancellationToken))
            .ToLookup(c => c.PropositionId, StringComparer.Ordinal);
        var grades = await GradesAsync(processId, cancellationToken);
        var updates = (await db.Set<CommitmentUpdateIndex>().AsNoTracking().Where(u => processId == null || u.ProcessId == processId).OrderBy(u => u.Date).ThenBy(u => u.FollowUpId).ToListAsync(cancellationToken))
            .ToLookup(u => u.PropositionId, StringComparer.Ordinal);

        return [.. propositions.Select(p =>
        {
            var response = responses.GetValueOrDefault(p.ContentItemId);
            var last = followUps.GetValueOrDefault(p.ContentItemId);
            var clockOf = ResponseClock.Of(ResponseClock.StartOf(starts.GetValueOrDefault(p.ProcessId) ?? [], p.Referral), response?.RespondedOn, today);
            var items = commitments[p.ContentItemId].OrderBy(c => c.Rank)
                .Select(c => new Content.Commitment(string.Empty, c.Deadline, State: c.State)).ToList();
            var views = CommitmentProgress.Of(items, updates[p.ContentItemId].Select(u => (u.Rank, u.Date, u.State)), today);
            return (p.ProcessId, new PropositionSummary(
                p.Code, p.Title, p.Theme, p.Order, response?.Decision, last?.Status, clockOf, CommitmentTally.Of(views), last?.Date, grades.GetValueOrDefault(p.ContentItemId)));
        })];
    }

    /// <summary>
    /// The follow-up committee's published grades, by proposition id. Assessments have no index table (one short
    /// document per assessed proposition, a fraction of them): their published versions are read whole.
    /// </summary>
    private async Task<Dictionary<string, string>> GradesAsync(string? processId, CancellationToken cancellationToken)
    {
        var type = types.NameOf<Content.CommitteeAssessment>();
        var assessments = await db.ContentItemVersions.AsNoTracking()
            .Where(v => v.Published && v.ContentType == type && v.ContainerId != null && (processId == null || v.ProcessId == processId))
            .Select(v => new { v.ContainerId, v.Data }).ToListAsync(cancellationToken);
        return assessments.ToDictionary(a => a.ContainerId!, a => ((Content.CommitteeAssessment)types.Deserialize(type, a.Data)).Grade, StringComparer.Ordinal);
    }
}
