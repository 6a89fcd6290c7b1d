using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Sortition.Drawing;
using Portal.Sortition.Storage;

namespace Portal.Sortition.Preparation;

/// <summary>
/// Runs one queued preparation: the fair-distribution solver on the stored pool and quotas, progress
/// written to the draw's row every few seconds, then the commitment with the ticket table. Used by the
/// background worker and by <c>sortition prepare</c> in the foreground. A failure leaves nothing
/// committed and a French message; a cancellation (server stopping) puts the draw back in the queue.
/// A run first claims the draw (queued → running with its own token, compare-and-set on the status and
/// token): a draw another run is computing, or already committed, is refused, and a run that lost its
/// claim (taken as dead and re-queued) can no longer write progress nor commit.
/// </summary>
public sealed class DrawPreparation(PortalDbContext db, SortitionService draws, IServiceProvider services)
{
    /// <summary>How often progress reaches the database (the solver reports much more often).</summary>
    internal static TimeSpan PersistEvery { get; set; } = TimeSpan.FromSeconds(2);

    private const string LostClaim = "Un autre processus a pris en charge cette préparation : ce calcul s'arrête sans rien engager.";

    private TimeProvider Clock => services.GetService<TimeProvider>() ?? TimeProvider.System;

    public async Task<SortitionOutcome> RunAsync(string drawId, IProgress<PreparationProgress>? observer = null, CancellationToken cancellationToken = default)
    {
        var draw = await db.Set<SortitionDraw>().SingleOrDefaultAsync(d => d.Id == drawId, cancellationToken);
        if (draw is not { Status: DrawStatus.Queued })
        {
            return SortitionOutcome.Failed(draw?.Status switch
            {
                DrawStatus.Running => "Ce tirage est déjà en cours de calcul par un autre processus : rien n'a été lancé.",
                DrawStatus.Ready => "Ce tirage est déjà engagé : un engagement n'est jamais recalculé.",
                _ => "Aucune préparation en attente pour ce tirage.",
            });
        }

        // The claim: only one run moves the draw from queued to running; the others get a concurrency failure.
        draw.Status = DrawStatus.Running;
        draw.ClaimToken = Guid.NewGuid().ToString("N");
        draw.HeartbeatUtc = Clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SortitionOutcome.Failed("Ce tirage vient d'être pris en charge par un autre processus : rien n'a été lancé.");
        }

        var solver = services.GetService<IFairDistributionSolver>();
        if (solver is null)
        {
            return await FailAsync(draw, "le solveur d'équité (Portal.Sortition.Fairness) n'est pas installé sur ce serveur.");
        }

        var started = new PreparationProgress(0, "Calcul de la distribution équitable démarré.");
        observer?.Report(started);
        await SaveProgressAsync(draw, started, cancellationToken);
        var latest = new LatestProgress(observer);
        var budget = TimeSpan.FromSeconds(Math.Max(1, draw.BudgetSeconds));
        var method = draw.Method;
        var pool = Pool.FromCsv(draw.PoolCsv);
        var quotas = QuotasJson.Parse(draw.QuotasJson);
        using var stopSolver = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var solving = Task.Run(() => solver.Solve(pool, quotas, method, budget, latest, stopSolver.Token), stopSolver.Token);
        FairDistributionResult result;
        try
        {
            while (!solving.IsCompleted)
            {
                await Task.WhenAny(solving, Task.Delay(PersistEvery, cancellationToken));
                await SaveProgressAsync(draw, latest.TakeChanged(), cancellationToken);
            }

            result = await solving;
        }
        catch (DbUpdateConcurrencyException)
        {
            await stopSolver.CancelAsync();
            return SortitionOutcome.Failed(LostClaim);
        }
        catch (OperationCanceledException)
        {
            draw.Status = DrawStatus.Queued;
            draw.StatusMessage = "Calcul interrompu (arrêt du serveur) : il reprendra depuis le début.";
            await SaveIfStillClaimedAsync();
            throw;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException or FormatException)
        {
            return await FailAsync(draw, Drawing.ReadableProblems.OfComputation(e));
        }

        draws.Commit(draw, LotteryDraw.Algorithm, result.Table);
        // LEXIMIN's table is committed only when it improves on maximin's: the draw says which one it is.
        draw.Method = result.Figures.Method;
        draw.FairnessJson = result.Figures.ToJson();
        draw.StatusMessage = Summary(result);
        if (!await SaveIfStillClaimedAsync())
        {
            return SortitionOutcome.Failed(LostClaim);
        }

        await draws.RecordCommitmentForReviewAsync(draw, CancellationToken.None);
        return new SortitionOutcome(true, draw.Id, [draw.StatusMessage, $"Engagement enregistré : {draw.CommitmentHash}"]);
    }

    /// <summary>Saves only while this run still holds its claim (the status and token it read are still there).</summary>
    private async Task<bool> SaveIfStillClaimedAsync()
    {
        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    private static string Summary(FairDistributionResult result) =>
        $"Distribution {(result.Figures.Method == DrawMethod.Leximin ? "LEXIMIN" : "maximin")} calculée et engagée : {result.Table.Panels.Count} panels. " + string.Join(' ', result.Figures.Statement());

    private async Task<SortitionOutcome> FailAsync(SortitionDraw draw, string reason)
    {
        draw.Status = DrawStatus.Failed;
        draw.StatusMessage = $"Échec du calcul : {reason}";
        return await SaveIfStillClaimedAsync() ? SortitionOutcome.Failed(draw.StatusMessage) : SortitionOutcome.Failed(LostClaim);
    }

    /// <summary>Writes the latest progress (if any) and the heartbeat that tells a restarted worker this run is alive.</summary>
    private async Task SaveProgressAsync(SortitionDraw draw, PreparationProgress? progress, CancellationToken cancellationToken)
    {
        draw.HeartbeatUtc = Clock.GetUtcNow().UtcDateTime;
        if (progress is not null)
        {
            draw.ProgressPercent = Math.Clamp(progress.Percent, 0, 99);
            draw.StatusMessage = progress.Message;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Keeps the solver's last report for the saving loop (another thread) and passes it on to the console at once.</summary>
    private sealed class LatestProgress(IProgress<PreparationProgress>? observer) : IProgress<PreparationProgress>
    {
        private PreparationProgress? _latest;

        public void Report(PreparationProgress value)
        {
            Volatile.Write(ref _latest, value);
            observer?.Report(value);
        }

        public PreparationProgress? TakeChanged() => Interlocked.Exchange(ref _latest, null);
    }
}
