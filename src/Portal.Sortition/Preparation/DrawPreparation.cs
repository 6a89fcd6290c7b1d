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
/// </summary>
public sealed class DrawPreparation(PortalDbContext db, SortitionService draws, IServiceProvider services)
{
    /// <summary>How often progress reaches the database (the solver reports much more often).</summary>
    internal static TimeSpan PersistEvery { get; set; } = TimeSpan.FromSeconds(2);

    public async Task<SortitionOutcome> RunAsync(string drawId, IProgress<PreparationProgress>? observer = null, CancellationToken cancellationToken = default)
    {
        var draw = await db.Set<SortitionDraw>().SingleOrDefaultAsync(d => d.Id == drawId, cancellationToken);
        if (draw is not { Status: DrawStatus.Queued or DrawStatus.Running })
        {
            return SortitionOutcome.Failed("Aucune préparation en attente pour ce tirage.");
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
        var solving = Task.Run(() => solver.Solve(pool, quotas, method, budget, latest, cancellationToken), cancellationToken);
        FairDistributionResult result;
        try
        {
            while (!solving.IsCompleted)
            {
                await Task.WhenAny(solving, Task.Delay(PersistEvery, cancellationToken));
                if (latest.TakeChanged() is { } progress)
                {
                    await SaveProgressAsync(draw, progress, cancellationToken);
                }
            }

            result = await solving;
        }
        catch (OperationCanceledException)
        {
            draw.Status = DrawStatus.Queued;
            draw.StatusMessage = "Calcul interrompu (arrêt du serveur) : il reprendra depuis le début.";
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException or FormatException)
        {
            return await FailAsync(draw, e.Message);
        }

        draws.Commit(draw, LotteryDraw.Algorithm, result.Table);
        // LEXIMIN's table is committed only when it improves on maximin's: the draw says which one it is.
        draw.Method = result.Figures.Method;
        draw.FairnessJson = result.Figures.ToJson();
        draw.StatusMessage = Summary(result);
        await db.SaveChangesAsync(CancellationToken.None);
        return new SortitionOutcome(true, draw.Id, [draw.StatusMessage, $"Engagement enregistré : {draw.CommitmentHash}"]);
    }

    private static string Summary(FairDistributionResult result) =>
        $"Distribution {(result.Figures.Method == DrawMethod.Leximin ? "LEXIMIN" : "maximin")} calculée et engagée : {result.Table.Panels.Count} panels. " + string.Join(' ', result.Figures.Statement());

    private async Task<SortitionOutcome> FailAsync(SortitionDraw draw, string reason)
    {
        draw.Status = DrawStatus.Failed;
        draw.StatusMessage = $"Échec du calcul : {reason}";
        await db.SaveChangesAsync(CancellationToken.None);
        return SortitionOutcome.Failed(draw.StatusMessage);
    }

    private async Task SaveProgressAsync(SortitionDraw draw, PreparationProgress progress, CancellationToken cancellationToken)
    {
        draw.Status = DrawStatus.Running;
        draw.ProgressPercent = Math.Clamp(progress.Percent, 0, 99);
        draw.StatusMessage = progress.Message;
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
