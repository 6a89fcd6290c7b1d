using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Core.Cli;
using Portal.Core.Data;
using Portal.Sortition.Drawing;
using Portal.Sortition.Preparation;
using Portal.Sortition.Storage;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Sortition;

/// <summary>
/// The commitment is compare-and-set: two runs of one preparation commit once; a run that lost its claim
/// commits nothing; a restarted worker leaves alone a preparation another live process is computing;
/// <c>sortition run</c> stops when its preparation is refused.
/// </summary>
public sealed class PreparationClaimTests
{
    private const string WhySqlite = "claims are optimistic-concurrency updates EF issues identically on both engines; DrawIntegrityTests races reveals on both";

    [Fact]
    public async Task Two_runs_of_the_same_preparation_commit_once()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateSqliteOnlyAsync(WhySqlite);
        var id = await QueueAsync(database, ct);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            await using var scope = database.Scope();
            return await scope.ServiceProvider.GetRequiredService<DrawPreparation>().RunAsync(id, cancellationToken: ct);
        }));

        var winner = Assert.Single(outcomes, o => o.Success);
        var loser = Assert.Single(outcomes, o => !o.Success);
        Assert.Contains("autre processus", loser.Messages[0], StringComparison.Ordinal);
        var draw = await FindAsync(database, id, ct);
        Assert.Equal(DrawStatus.Ready, draw.Status);
        Assert.Contains($"Engagement enregistré : {draw.CommitmentHash}", winner.Messages);
    }

    [Fact]
    public async Task A_run_that_lost_its_claim_commits_nothing_and_the_commitment_is_never_replaced()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateSqliteOnlyAsync(WhySqlite);
        var id = await QueueAsync(database, ct);
        using var release = new SemaphoreSlim(0);
        using var started = new SemaphoreSlim(0);

        // Run A starts, then goes silent (a frozen process): its heartbeat grows old.
        var runA = Task.Run(async () =>
        {
            await using var scope = database.Scope();
            var real = scope.ServiceProvider.GetRequiredService<IFairDistributionSolver>();
            var run = new DrawPreparation(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), scope.ServiceProvider.GetRequiredService<SortitionService>(),
                new OnlySolver(new HeldSolver(real, started, release)));
            return await run.RunAsync(id, cancellationToken: ct);
        }, ct);
        await started.WaitAsync(ct);

        // The worker takes it as dead and queues it again (A may write a heartbeat in between: try again), then run B commits.
        var worker = new PreparationWorker(database.Services.GetRequiredService<IServiceScopeFactory>(), new PreparationSignal(), database.Services.GetRequiredService<Portal.Core.Cluster.ClusterLeader>(), Portal.Core.Jobs.BackgroundStart.Immediate, NullLogger<PreparationWorker>.Instance);
        for (var attempt = 0; attempt < 10 && (await FindAsync(database, id, ct)).Status != DrawStatus.Queued; attempt++)
        {
            await SetHeartbeatAsync(database, id, DateTime.UtcNow.AddHours(-1), ct);
            await worker.RequeueInterruptedAsync(ct);
        }

        Assert.Equal(id, await worker.RunNextAsync(ct));
        var committed = await FindAsync(database, id, ct);
        Assert.Equal(DrawStatus.Ready, committed.Status);

        release.Release();
        var outcomeA = await runA;

        Assert.False(outcomeA.Success);
        var after = await FindAsync(database, id, ct);
        Assert.Equal(committed.CommitmentHash, after.CommitmentHash);
        Assert.Equal(committed.CommitmentText, after.CommitmentText);
        Assert.Equal(committed.PanelsCsv, after.PanelsCsv);
    }

    [Fact]
    public async Task Restarted_worker_leaves_alone_a_preparation_another_process_is_computing_and_run_stops()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateSqliteOnlyAsync(WhySqlite);
        var id = await QueueAsync(database, ct);
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var draw = await db.Set<SortitionDraw>().SingleAsync(d => d.Id == id, ct);
            draw.Status = DrawStatus.Running;
            draw.ClaimToken = "autre-processus";
            draw.HeartbeatUtc = DateTime.UtcNow;
            await db.SaveChangesAsync(ct);
        }

        var worker = new PreparationWorker(database.Services.GetRequiredService<IServiceScopeFactory>(), new PreparationSignal(), database.Services.GetRequiredService<Portal.Core.Cluster.ClusterLeader>(), Portal.Core.Jobs.BackgroundStart.Immediate, NullLogger<PreparationWorker>.Instance);
        await worker.RequeueInterruptedAsync(ct);
        Assert.Equal(DrawStatus.Running, (await FindAsync(database, id, ct)).Status);
        Assert.Null(await worker.RunNextAsync(ct));

        var errors = new StringWriter();
        var command = database.Services.GetServices<ICliCommand>().Single(c => c.Group == "sortition");
        var exit = await command.RunAsync(["run", "--draw", id], new CliConsole(TextReader.Null, TextWriter.Null, errors), ct);
        Assert.Equal(1, exit);
        Assert.Contains("déjà en cours de calcul par un autre processus", errors.ToString(), StringComparison.Ordinal);
        Assert.Empty((await FindAsync(database, id, ct)).CommitmentHash);

        // Silent for long, it is taken as dead and queued again.
        await SetHeartbeatAsync(database, id, DateTime.UtcNow.AddHours(-1), ct);
        await worker.RequeueInterruptedAsync(ct);
        Assert.Equal(DrawStatus.Queued, (await FindAsync(database, id, ct)).Status);
    }

    private static async Task SetHeartbeatAsync(TestDatabase database, string id, DateTime at, CancellationToken ct)
    {
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<SortitionDraw>().Where(d => d.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.HeartbeatUtc, at), ct);
    }

    private static async Task<SortitionDraw> FindAsync(TestDatabase database, string id, CancellationToken ct)
    {
        await using var scope = database.Scope();
        return (await scope.ServiceProvider.GetRequiredService<SortitionService>().FindAsync(id, ct))!;
    }

    private static async Task<string> QueueAsync(TestDatabase database, CancellationToken ct)
    {
        var raw = SyntheticPools.Random(40, features: 2, seed: 905);
        var quotas = SyntheticPools.ReferenceQuotas(SyntheticPools.Import(raw), panelSize: 6, substitutes: 0);
        await using var scope = database.Scope();
        var prepared = await scope.ServiceProvider.GetRequiredService<SortitionService>().PrepareAsync(
            new DrawRequest("assemblee-test", Hashes.Utf8.GetBytes(raw), Hashes.Utf8.GetString(QuotasJson.ToBytes(quotas)), "dés lancés devant les garants", null, null, DrawMethod.Maximin, TimeSpan.FromMinutes(1)), ct);
        Assert.True(prepared.Success, string.Join('\n', prepared.Messages));
        return prepared.DrawId!;
    }

    private sealed class OnlySolver(IFairDistributionSolver solver) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(IFairDistributionSolver) ? solver : null;
    }

    /// <summary>Signals it started, waits to be released, then solves for real.</summary>
    private sealed class HeldSolver(IFairDistributionSolver real, SemaphoreSlim started, SemaphoreSlim release) : IFairDistributionSolver
    {
        public FairDistributionResult Solve(Pool pool, Quotas quotas, DrawMethod method, TimeSpan budget, IProgress<PreparationProgress> progress, CancellationToken cancellationToken)
        {
            started.Release();
            release.Wait(cancellationToken);
            return real.Solve(pool, quotas, method, budget, progress, cancellationToken);
        }
    }
}
