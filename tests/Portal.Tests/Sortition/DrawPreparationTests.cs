using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Core.Data;
using Portal.Sortition.Drawing;
using Portal.Sortition.Preparation;
using Portal.Sortition.Storage;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Sortition;

/// <summary>
/// Fair-lottery preparations through storage: queued, computed (with progress), committed with the ticket
/// table, revealed and replayed from the kit; a follow-up committee through the same mechanism; failures
/// and interruptions leave nothing committed and can start again.
/// </summary>
public sealed class DrawPreparationTests
{
    private const string Slug = "assemblee-test";
    private const string Rule = "tirage Euromillions du 1er décembre 2026";

    [Fact]
    public async Task Leximin_preparation_commits_a_lottery_whose_kit_replays_and_a_committee_is_drawn_the_same_way()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateSqliteOnlyAsync(DrawFixtures.SolverNotStorage);
        var raw = SyntheticPools.Random(70, features: 3, seed: 901);
        var quotas = SyntheticPools.ReferenceQuotas(SyntheticPools.Import(raw), panelSize: 20, substitutes: 3);

        var panel = await PrepareRevealAndVerifyAsync(database, raw, quotas, DrawMethod.Leximin, ct);
        Assert.Equal(20, panel.Members.Count);

        // Follow-up committee: 12 among the 15 members who volunteer, from their public features only.
        await using var scope = database.Scope();
        var first = (await scope.ServiceProvider.GetRequiredService<SortitionService>().LatestCommittedAsync(Slug, ct))!;
        var pool = Pool.FromCsv(first.PoolCsv);
        var volunteers = panel.Members.Take(15).Select(m => pool.Volunteers.Single(v => v.Id == m.Id)).ToList();
        var committeeCsv = new StringBuilder("nom," + string.Join(',', pool.Features) + "\n");
        foreach (var (v, k) in volunteers.Select((v, k) => (v, k)))
        {
            committeeCsv.Append(CultureInfo.InvariantCulture, $"{SyntheticPools.PrivateName(k)},{string.Join(',', pool.Features.Select(f => v.Features[f]))}\n");
        }

        var committeePool = SyntheticPools.Import(committeeCsv.ToString());
        var committeeQuotas = new Quotas(QuotaMode.MinMax, 12, 0, 2, [], [], committeePool.Features.Take(1).SelectMany(f =>
            committeePool.Volunteers.GroupBy(v => v.Features[f]).Select(g => new ValueQuota(f, g.Key, Math.Max(0, (g.Count() * 12 / 15) - 1), g.Count()))));
        var committee = await PrepareRevealAndVerifyAsync(database, committeeCsv.ToString(), committeeQuotas, DrawMethod.Leximin, ct, purpose: "comite-de-suivi");
        Assert.Equal(12, committee.Members.Count);
        Assert.Equal(2, committee.Substitutes.Count);
    }

    [Fact]
    public async Task A_failing_solver_leaves_the_draw_failed_private_and_ready_to_start_again()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateSqliteOnlyAsync(DrawFixtures.SolverNotStorage);
        var id = await QueueAsync(database, ct);

        await using (var scope = database.Scope())
        {
            var run = new DrawPreparation(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), scope.ServiceProvider.GetRequiredService<SortitionService>(),
                new OnlySolver(new FailingSolver()));
            var outcome = await run.RunAsync(id, cancellationToken: ct);
            Assert.False(outcome.Success);
        }

        await using (var scope = database.Scope())
        {
            var service = scope.ServiceProvider.GetRequiredService<SortitionService>();
            var draw = (await service.FindAsync(id, ct))!;
            Assert.Equal(DrawStatus.Failed, draw.Status);
            Assert.Equal("Échec du calcul : solveur en panne", draw.StatusMessage);
            Assert.Empty(draw.CommitmentHash);
            Assert.Null(await service.LatestCommittedAsync(Slug, ct));
            Assert.False((await service.RevealAsync(id, "1 2 3", DateTime.UtcNow, ct)).Success);
            Assert.True((await service.RetryAsync(id, ct)).Success);
            Assert.Equal(DrawStatus.Queued, (await service.FindAsync(id, ct))!.Status);
        }
    }

    [Fact]
    public async Task A_stopped_run_goes_back_to_the_queue_and_the_worker_resumes_it()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateSqliteOnlyAsync(DrawFixtures.SolverNotStorage);
        var id = await QueueAsync(database, ct);

        // The server stops during the computation: the run is cancelled and the draw queued again.
        using (var stopping = CancellationTokenSource.CreateLinkedTokenSource(ct))
        await using (var scope = database.Scope())
        {
            var run = new DrawPreparation(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), scope.ServiceProvider.GetRequiredService<SortitionService>(),
                new OnlySolver(new WaitingSolver(stopping)));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.RunAsync(id, cancellationToken: stopping.Token));
        }

        Assert.Equal(DrawStatus.Queued, await StatusAsync(database, id, ct));

        // A server killed outright leaves it « running », its heartbeat going stale: the worker queues it again at start, then runs it.
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var killed = db.Set<SortitionDraw>().Single(d => d.Id == id);
            killed.Status = DrawStatus.Running;
            killed.HeartbeatUtc = DateTime.UtcNow.AddHours(-1);
            await db.SaveChangesAsync(ct);
        }

        var worker = new PreparationWorker(database.Services.GetRequiredService<IServiceScopeFactory>(), new PreparationSignal(), database.Services.GetRequiredService<Portal.Core.Cluster.ClusterLeader>(), Portal.Core.Jobs.BackgroundStart.Immediate, NullLogger<PreparationWorker>.Instance);
        await worker.RequeueInterruptedAsync(ct);
        Assert.Equal(DrawStatus.Queued, await StatusAsync(database, id, ct));
        Assert.Equal(id, await worker.RunNextAsync(ct));
        Assert.Equal(DrawStatus.Ready, await StatusAsync(database, id, ct));
        Assert.Null(await worker.RunNextAsync(ct));
    }

    private static async Task<DrawStatus> StatusAsync(TestDatabase database, string id, CancellationToken ct)
    {
        await using var scope = database.Scope();
        return (await scope.ServiceProvider.GetRequiredService<SortitionService>().FindAsync(id, ct))!.Status;
    }

    private static async Task<string> QueueAsync(TestDatabase database, CancellationToken ct)
    {
        var raw = SyntheticPools.Random(50, features: 3, seed: 902);
        var quotas = SyntheticPools.ReferenceQuotas(SyntheticPools.Import(raw), panelSize: 8, substitutes: 0);
        await using var scope = database.Scope();
        var prepared = await scope.ServiceProvider.GetRequiredService<SortitionService>().PrepareAsync(Request(raw, quotas, DrawMethod.Maximin), ct);
        Assert.True(prepared.Success, string.Join('\n', prepared.Messages));
        return prepared.DrawId!;
    }

    private static DrawRequest Request(string raw, Quotas quotas, DrawMethod method, string purpose = SortitionDraw.DefaultPurpose) =>
        new(Slug, Hashes.Utf8.GetBytes(raw), Hashes.Utf8.GetString(QuotasJson.ToBytes(quotas)), Rule, null, null, method, TimeSpan.FromMinutes(2)) { Purpose = purpose };

    private static async Task<DrawResult> PrepareRevealAndVerifyAsync(TestDatabase database, string raw, Quotas quotas, DrawMethod method, CancellationToken ct, string purpose = SortitionDraw.DefaultPurpose)
    {
        await using var scope = database.Scope();
        var service = scope.ServiceProvider.GetRequiredService<SortitionService>();
        var prepared = await service.PrepareAsync(Request(raw, quotas, method, purpose), ct);
        Assert.True(prepared.Success, string.Join('\n', prepared.Messages));
        Assert.Equal(DrawStatus.Queued, (await service.FindAsync(prepared.DrawId!, ct))!.Status);

        var reports = new List<PreparationProgress>();
        var ran = await scope.ServiceProvider.GetRequiredService<DrawPreparation>().RunAsync(prepared.DrawId!, new Collect(reports), ct);
        Assert.True(ran.Success, string.Join('\n', ran.Messages));
        Assert.NotEmpty(reports);

        var draw = (await service.FindAsync(prepared.DrawId!, ct))!;
        Assert.Equal(DrawStatus.Ready, draw.Status);
        Assert.Equal(LotteryDraw.Algorithm, draw.Algorithm);
        Assert.Contains($"panels-sha256: {Hashes.Sha256Hex(draw.PanelsCsv!)}\n", draw.CommitmentText, StringComparison.Ordinal);
        LotteryDraw.Check(Pool.FromCsv(draw.PoolCsv), QuotasJson.Parse(draw.QuotasJson), LotteryTable.FromCsv(draw.PanelsCsv!));

        await DrawPublishing.RecordPublishedAsync(scope.ServiceProvider, draw.Id, draw.CommittedUtc);
        await Task.Delay(TimeSpan.FromSeconds(1.1), ct);
        var revealed = await service.RevealAsync(draw.Id, "5 12 23 34 45 ★ 2 11", DateTime.UtcNow, ct);
        Assert.True(revealed.Success, string.Join('\n', revealed.Messages));
        draw = (await service.FindAsync(draw.Id, ct))!;
        var outcome = KitVerifier.Verify(VerificationKit.Read(new MemoryStream(SortitionService.KitOf(draw)!)));
        Assert.True(outcome.Success, string.Join('\n', outcome.Lines));

        // The stated minimum is the one anyone recounts from the committed table, and the kit's probabilities are checked.
        var figures = FairnessFigures.FromJson(draw.FairnessJson)!;
        Assert.Equal(LotteryTable.FromCsv(draw.PanelsCsv!).VolunteerTickets(Pool.FromCsv(draw.PoolCsv)).Values.Min(), figures.MinimumTickets);
        Assert.Equal(figures.Method, draw.Method);
        Assert.Contains("OK     les probabilités publiées (probabilites.csv) se recomptent dans la table des panels.", outcome.Lines);
        return DrawResult.FromCsv(draw.ResultCsv!);
    }

    private sealed class Collect(List<PreparationProgress> into) : IProgress<PreparationProgress>
    {
        public void Report(PreparationProgress value)
        {
            lock (into)
            {
                into.Add(value);
            }
        }
    }

    private sealed class OnlySolver(IFairDistributionSolver solver) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(IFairDistributionSolver) ? solver : null;
    }

    private sealed class FailingSolver : IFairDistributionSolver
    {
        public FairDistributionResult Solve(Pool pool, Quotas quotas, DrawMethod method, TimeSpan budget, IProgress<PreparationProgress> progress, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("solveur en panne");
    }

    /// <summary>Reports some progress, then stops the « server » and waits for the cancellation.</summary>
    private sealed class WaitingSolver(CancellationTokenSource stop) : IFairDistributionSolver
    {
        public FairDistributionResult Solve(Pool pool, Quotas quotas, DrawMethod method, TimeSpan budget, IProgress<PreparationProgress> progress, CancellationToken cancellationToken)
        {
            progress.Report(new PreparationProgress(40, "à mi-chemin"));
            stop.CancelAfter(TimeSpan.FromMilliseconds(100));
            cancellationToken.WaitHandle.WaitOne();
            cancellationToken.ThrowIfCancellationRequested();
            throw new InvalidOperationException("unreachable");
        }
    }
}
