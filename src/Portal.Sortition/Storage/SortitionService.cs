using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Sortition.Drawing;
using Portal.Sortition.Publication;

namespace Portal.Sortition.Storage;

/// <summary>
/// The draw's life: prepare (import, feasibility, commitment stored), then reveal (public randomness,
/// seed, result). A revealed draw is never drawn again; the kit is built from what was stored.
/// </summary>
public sealed class SortitionService(PortalDbContext db, DrawPublication publication, TimeProvider clock)
{
    public async Task<SortitionOutcome> PrepareAsync(DrawRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.RandomnessRule))
        {
            return SortitionOutcome.Failed("La règle de l'aléa public est obligatoire (par exemple : « tirage Euromillions du 1er décembre 2026 »).");
        }

        ImportedPool imported;
        Quotas quotas;
        try
        {
            imported = PoolImport.Read(request.PoolCsv, request.ContactColumns);
            var (pool, quotasJson) = CrossedCells.Expand(imported.Pool, request.QuotasJson);
            imported = imported with { Pool = pool };
            quotas = QuotasJson.Parse(quotasJson, imported.Pool);
        }
        catch (Exception e) when (e is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return SortitionOutcome.Failed($"Fichier illisible : {e.Message}");
        }

        var report = Feasibility.Check(imported.Pool, quotas);
        if (!report.IsFeasible)
        {
            return new SortitionOutcome(false, null, ["Les quotas ne peuvent pas être respectés :", .. report.Problems, .. report.Warnings]);
        }

        var method = quotas.Mode == QuotaMode.Cells ? DrawMethod.Cells : request.Method ?? DrawMethod.Leximin;
        if (quotas.Mode == QuotaMode.MinMax && method == DrawMethod.Cells)
        {
            return SortitionOutcome.Failed("Le tirage par cellules demande des quotas par cellule (mode « cellules »).");
        }

        var draw = new SortitionDraw
        {
            ProcessSlug = request.ProcessSlug,
            Method = method,
            PoolCsv = imported.Pool.ToCsv(),
            QuotasJson = Hashes.Utf8.GetString(QuotasJson.ToBytes(quotas)),
            RandomnessRule = request.RandomnessRule,
            ReferenceSharesJson = request.ReferenceSharesJson,
            BudgetSeconds = (int)(request.Budget ?? DrawRequest.DefaultBudget).TotalSeconds,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var notes = quotas.Mode == QuotaMode.Cells && request.Method is { } asked && asked != DrawMethod.Cells
            ? ["Quotas par cellule : la méthode demandée est ignorée, le tirage se fait cellule par cellule."] : new List<string>();
        if (method is DrawMethod.Maximin or DrawMethod.Leximin)
        {
            // The commitment holds the ticket table, which the solver computes in the background first.
            draw.Status = DrawStatus.Queued;
            draw.StatusMessage = "En attente du calcul de la distribution équitable.";
            draw.CommittedUtc = draw.CreatedUtc;
            notes.Add("Tirage en file d'attente : l'engagement sera enregistré quand la distribution équitable sera calculée.");
        }
        else
        {
            Commit(draw, DrawEngine.AlgorithmFor(quotas), null);
            notes.Add($"Engagement enregistré : {draw.CommitmentHash}");
        }

        // The draw and its publication item are created together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(draw);
        db.AddRange(imported.ContactsById.Select(c => new VolunteerContact { DrawId = draw.Id, VolunteerId = c.Key, ContactsJson = JsonSerializer.Serialize(c.Value) }));
        await db.SaveChangesAsync(cancellationToken);
        if (await publication.EnsureDraftAsync(draw.ProcessSlug, draw.Id, request.Author, cancellationToken) is not null)
        {
            notes.Add("Publication du tirage créée en brouillon : elle doit être validée par le COPIL avant que le public voie l'engagement et le résultat.");
        }

        await transaction.CommitAsync(cancellationToken);
        return new SortitionOutcome(true, draw.Id, [.. notes, .. report.Warnings]);
    }

    /// <summary>
    /// Writes the commitment (pool, quotas, algorithm, ticket table if any, rule, date to the second) and
    /// marks the draw ready: from now on it is public and can be revealed.
    /// </summary>
    internal void Commit(SortitionDraw draw, string algorithm, LotteryTable? panels)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var committedUtc = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        var commitment = new Commitment(algorithm, Hashes.Sha256Hex(draw.PoolCsv), Hashes.Sha256Hex(draw.QuotasJson), draw.RandomnessRule, committedUtc,
            panels is null ? null : Hashes.Sha256Hex(panels.ToBytes()));
        draw.Algorithm = algorithm;
        draw.PanelsCsv = panels?.ToCsv();
        draw.CommitmentText = commitment.ToText();
        draw.CommitmentHash = commitment.Hash;
        draw.CommittedUtc = committedUtc;
        draw.Status = DrawStatus.Ready;
        draw.ProgressPercent = 100;
    }

    public async Task<SortitionOutcome> RevealAsync(string drawId, string publicRandomness, CancellationToken cancellationToken = default)
    {
        var draw = await db.Set<SortitionDraw>().SingleOrDefaultAsync(d => d.Id == drawId, cancellationToken);
        if (draw is null)
        {
            return SortitionOutcome.Failed($"Tirage introuvable : {drawId}.");
        }

        if (draw.IsDrawn)
        {
            return SortitionOutcome.Failed("Ce tirage a déjà eu lieu : un tirage engagé ne se refait pas.");
        }

        if (!draw.IsCommitted)
        {
            return SortitionOutcome.Failed("Ce tirage n'est pas encore engagé : la distribution équitable doit d'abord être calculée.");
        }

        var randomness = Commitment.NormaliseRandomness(publicRandomness ?? string.Empty);
        if (randomness.Length == 0)
        {
            return SortitionOutcome.Failed("L'aléa public est vide.");
        }

        var seed = Commitment.SeedFrom(draw.CommitmentHash, randomness);
        var pool = Pool.FromCsv(draw.PoolCsv);
        var quotas = QuotasJson.Parse(draw.QuotasJson);
        DrawResult result;
        try
        {
            result = DrawEngine.Run(draw.Algorithm, pool, quotas, seed, draw.PanelsCsv is null ? null : LotteryTable.FromCsv(draw.PanelsCsv));
        }
        catch (InvalidOperationException e)
        {
            return SortitionOutcome.Failed(e.Message);
        }

        draw.PublicRandomness = randomness;
        draw.SeedHex = Convert.ToHexStringLower(seed);
        draw.ResultCsv = result.ToCsv();
        draw.DrawnUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return new SortitionOutcome(true, draw.Id, [$"Tirage effectué : {result.Members.Count} titulaires, {result.Substitutes.Count} suppléants."]);
    }

    /// <summary>The latest public draw of a process, revealed or not (its commitment is public once the COPIL validated its publication).</summary>
    public Task<SortitionDraw?> LatestForProcessAsync(string slug, CancellationToken cancellationToken = default) =>
        PublicDraws().Where(d => d.ProcessSlug == slug).OrderByDescending(d => d.CommittedUtc).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The latest committed draw of a process, published or not: for the back office and the operator's commands.</summary>
    public Task<SortitionDraw?> LatestCommittedAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Set<SortitionDraw>().AsNoTracking().Where(d => d.Status == DrawStatus.Ready && d.ProcessSlug == slug)
            .OrderByDescending(d => d.CommittedUtc).FirstOrDefaultAsync(cancellationToken);

    public Task<bool> HasPublicDrawAsync(string slug, CancellationToken cancellationToken = default) =>
        PublicDraws().AnyAsync(d => d.ProcessSlug == slug, cancellationToken);

    /// <summary>Every draw, newest first, for the back office (status and progress included).</summary>
    public Task<List<SortitionDraw>> ListAsync(CancellationToken cancellationToken = default) =>
        db.Set<SortitionDraw>().AsNoTracking().OrderByDescending(d => d.CreatedUtc).ThenByDescending(d => d.CommittedUtc).ToListAsync(cancellationToken);

    /// <summary>Puts a failed preparation back in the queue, with the same pool, quotas and method.</summary>
    public async Task<SortitionOutcome> RetryAsync(string drawId, CancellationToken cancellationToken = default)
    {
        var draw = await db.Set<SortitionDraw>().SingleOrDefaultAsync(d => d.Id == drawId, cancellationToken);
        if (draw is not { Status: DrawStatus.Failed })
        {
            return SortitionOutcome.Failed("Seule une préparation en échec peut être relancée.");
        }

        draw.Status = DrawStatus.Queued;
        draw.ProgressPercent = 0;
        draw.StatusMessage = "Relancé : en attente du calcul de la distribution équitable.";
        await db.SaveChangesAsync(cancellationToken);
        return new SortitionOutcome(true, draw.Id, ["Préparation relancée."]);
    }

    /// <summary>
    /// The one place that decides which draws the public sees (page, kit, link under « Composition du
    /// panel »): committed ones whose publication item the COPIL workflow has published.
    /// </summary>
    private IQueryable<SortitionDraw> PublicDraws() => db.Set<SortitionDraw>().AsNoTracking()
        .Where(d => d.Status == DrawStatus.Ready
            && db.ContentItemVersions.Any(v => v.Published && v.ContentType == DrawPublication.ContentType && v.ContentItemId.EndsWith("/tirage/" + d.Id)));

    public Task<SortitionDraw?> FindAsync(string drawId, CancellationToken cancellationToken = default) =>
        db.Set<SortitionDraw>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == drawId, cancellationToken);

    /// <summary>The verification kit of a revealed draw, from stored public fields only; null before the reveal.</summary>
    public static byte[]? KitOf(SortitionDraw draw)
    {
        ArgumentNullException.ThrowIfNull(draw);
        if (!draw.IsDrawn)
        {
            return null;
        }

        var files = new KitFiles(Hashes.Utf8.GetBytes(draw.PoolCsv), Hashes.Utf8.GetBytes(draw.QuotasJson), draw.CommitmentText,
            draw.PublicRandomness!, draw.SeedHex!, Hashes.Utf8.GetBytes(draw.ResultCsv!), draw.PanelsCsv is null ? null : Hashes.Utf8.GetBytes(draw.PanelsCsv),
            ProbabilitiesOf(draw), FairnessFigures.FromJson(draw.FairnessJson) is { } fairness ? string.Join('\n', fairness.Statement()) + "\n" : null);
        return VerificationKit.Write(files, Commitment.Parse(draw.CommitmentText).CommittedUtc);
    }

    /// <summary>A committed lottery's <c>probabilites.csv</c> (public from the commitment on); null for other draws.</summary>
    public static byte[]? ProbabilitiesOf(SortitionDraw draw)
    {
        ArgumentNullException.ThrowIfNull(draw);
        return draw.PanelsCsv is null || !draw.IsCommitted ? null : LotteryTable.FromCsv(draw.PanelsCsv).ProbabilitiesCsv(Pool.FromCsv(draw.PoolCsv));
    }
}
