using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Site;
using Portal.Workflows.Lots;
using Portal.Workflows.Publication;

namespace Portal.Tests.Workflows;

/// <summary>Builds lots of free pages on a <see cref="WorkflowBench"/> and takes transitions on them as named people.</summary>
internal static class LotSteps
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Creates <paramref name="count"/> draft pages in one transaction (ids <c>page-0000</c>…), as the editor.</summary>
    public static async Task<List<string>> CreatePagesAsync(this WorkflowBench bench, int count)
    {
        await using var scope = bench.Database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
        var ids = Enumerable.Range(0, count).Select(i => $"page-{i:0000}").ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(Ct);
        foreach (var id in ids)
        {
            Assert.True((await store.CreateAsync(new NewContentItem(new FreePage($"Page {id}", id, $"Texte de {id}"), WorkflowBench.Editor.Name) { ContentItemId = id }, Ct)).Succeeded);
        }

        await transaction.CommitAsync(Ct);
        return ids;
    }

    public static async Task<LotOutcome> SubmitLotAsync(this WorkflowBench bench, IEnumerable<string> ids, StaffMember? who = null, string name = "Réponses du 20 octobre")
    {
        var keys = new List<VersionKey>();
        foreach (var id in ids)
        {
            keys.Add(new VersionKey(id, (await bench.LatestAsync(id)).Version));
        }

        await using var scope = bench.Database.Scope();
        return await scope.ServiceProvider.GetRequiredService<LotWorkflow>().SubmitAsync(new NewLot(name, null, keys, who ?? WorkflowBench.Editor), cancellationToken: Ct);
    }

    public static async Task<LotOutcome> TakeLotAsync(
        this WorkflowBench bench, long lotId, string transition, StaffMember who, string? comment = null,
        DateTimeOffset? publishAt = null, IReadOnlyDictionary<string, string>? itemComments = null)
    {
        var lot = await bench.LotAsync(lotId);
        await using var scope = bench.Database.Scope();
        return await scope.ServiceProvider.GetRequiredService<LotWorkflow>()
            .TakeAsync(new LotRequest(lotId, transition, who, lot.ConcurrencyStamp, comment, itemComments, publishAt), cancellationToken: Ct);
    }

    public static async Task<PublicationLot> LotAsync(this WorkflowBench bench, long lotId)
    {
        await using var scope = bench.Database.Scope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<PublicationLot>().AsNoTracking().SingleAsync(l => l.Id == lotId, Ct);
    }

    /// <summary>How many of these items have a published version, and how many versions of them stand in each status.</summary>
    public static async Task<int> PublishedCountAsync(this WorkflowBench bench, IReadOnlyCollection<string> ids)
    {
        await using var scope = bench.Database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.ContentItemVersions.CountAsync(v => ids.Contains(v.ContentItemId) && v.Published, Ct);
    }

    /// <summary>The latest versions by what storage knows of them: status, and whether their text is frozen.</summary>
    public static async Task<Dictionary<(ContentStatus Status, bool Frozen), int>> LatestStatusesAsync(this WorkflowBench bench, IReadOnlyCollection<string> ids)
    {
        await using var scope = bench.Database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var rows = await db.ContentItemVersions.Where(v => ids.Contains(v.ContentItemId) && v.Latest).Select(v => new { v.Status, v.Frozen }).ToListAsync(Ct);
        return rows.GroupBy(v => (v.Status, v.Frozen)).ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>The items' submissions that are still active, by workflow state.</summary>
    public static async Task<Dictionary<string, int>> SubmissionStatesAsync(this WorkflowBench bench, IReadOnlyCollection<string> ids)
    {
        await using var scope = bench.Database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var states = await db.Set<WorkflowSubmission>().Where(s => ids.Contains(s.ContentItemId) && s.Active).Select(s => s.State).ToListAsync(Ct);
        return states.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
    }

    public static async Task<int> RunDueLotsAsync(this WorkflowBench bench)
    {
        await using var scope = bench.Database.Scope();
        return await scope.ServiceProvider.GetRequiredService<LotWorkflow>().RunDueAsync(Ct);
    }
}
