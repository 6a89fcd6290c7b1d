using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Sortition.Drawing;
using Portal.Sortition.Publication;

namespace Portal.Sortition.Storage;

/// <summary>
/// The draw's life: prepare (import, feasibility, commitment stored), then reveal (public randomness,
/// seed, result). A revealed draw is never drawn again, and it closes its process's draws for its
/// purpose: another one is a documented redraw (COPIL decision, new commitment public before a new,
/// later randomness). The kit is built from what was stored.
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

        var earlier = await LastRevealedAsync(request.ProcessSlug, request.Purpose, cancellationToken);
        if (RedrawProblem(earlier, request.RedrawReason) is { } redrawProblem)
        {
            return SortitionOutcome.Failed(redrawProblem);
        }

        ImportedPool imported;
        Quotas quotas;
        PoolPreview preview;
        IReadOnlyList<string> importedFeatures;
        try
        {
            preview = PoolImport.Preview(request.PoolFile);
            imported = PoolImport.Read(request.PoolFile, request.PublicColumns);
            importedFeatures = imported.Pool.Features;
            // Exact cells crossed with ranges: the crossed column is derived from public ones, never a new fact.
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
            Purpose = request.Purpose,
            RedrawReason = earlier is null ? null : request.RedrawReason!.Trim(),
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
        if (preview.RiskWarning(importedFeatures) is { } risk)
        {
            notes.Add(risk);
        }

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
        if (await publication.EnsureDraftAsync(draw.ProcessSlug, await ReviewFactsAsync(draw, cancellationToken), request.Author, cancellationToken) is not null)
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

    /// <summary>
    /// Draws with the public randomness, made public at <paramref name="randomnessUtc"/>. Refused unless the
    /// commitment was public (published by the COPIL) before that date; refused for a process and purpose
    /// already drawn unless this draw was prepared as a redraw and its randomness is new and later. The round
    /// number is unique per process and purpose in the database: of two reveals racing, one wins.
    /// </summary>
    public async Task<SortitionOutcome> RevealAsync(string drawId, string publicRandomness, DateTime randomnessUtc, CancellationToken cancellationToken = default)
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

        // To the second, as published: the commitment must be public before that second began.
        randomnessUtc = new DateTime(randomnessUtc.Ticks - (randomnessUtc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        if (await TimingProblemAsync(draw, randomness, randomnessUtc, cancellationToken) is { } problem)
        {
            return SortitionOutcome.Failed(problem);
        }

        var earlier = await LastRevealedAsync(draw.ProcessSlug, draw.Purpose, cancellationToken);
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
        draw.RandomnessUtc = randomnessUtc;
        draw.SeedHex = Convert.ToHexStringLower(seed);
        draw.ResultCsv = result.ToCsv();
        draw.DrawnUtc = clock.GetUtcNow().UtcDateTime;
        draw.Round = (earlier?.Round ?? 0) + 1;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return SortitionOutcome.Failed("Un autre tirage de cette démarche vient d'être effectué au même moment : celui-ci n'a pas eu lieu.");
        }

        return new SortitionOutcome(true, draw.Id, [$"Tirage effectué : {result.Members.Count} titulaires, {result.Substitutes.Count} suppléants."]);
    }

    /// <summary>Why the randomness cannot be used for this draw (commitment not public before it, closed process, old randomness), or null.</summary>
    private async Task<string?> TimingProblemAsync(SortitionDraw draw, string randomness, DateTime randomnessUtc, CancellationToken cancellationToken)
    {
        if (randomnessUtc > clock.GetUtcNow().UtcDateTime)
        {
            return "La date de l'aléa public est dans le futur : indiquez quand il a été rendu public.";
        }

        var published = await publication.CommitmentPublishedUtcAsync(draw.Id, draw.CommittedUtc, cancellationToken);
        if (published is null)
        {
            return "L'engagement de ce tirage n'est pas public : le COPIL doit valider sa publication avant que l'aléa public soit connu.";
        }

        if (published >= randomnessUtc)
        {
            return $"L'engagement a été publié le {UtcText.French(published.Value)}, après l'aléa public ({UtcText.French(randomnessUtc)}) : ce tirage ne peut pas avoir lieu. Préparez un nouvel engagement pour un aléa futur.";
        }

        var earlier = await LastRevealedAsync(draw.ProcessSlug, draw.Purpose, cancellationToken);
        if (earlier is null)
        {
            return null;
        }

        if (draw.RedrawReason is null)
        {
            return $"Cette démarche a déjà été tirée au sort le {UtcText.French(earlier.RandomnessUtc ?? earlier.DrawnUtc!.Value)} avec l'aléa « {earlier.PublicRandomness} » : ses tirages sont clos. Un nouveau tirage demande un nouvel engagement, préparé comme nouveau tirage avec la décision du COPIL qui le motive, publié avant un nouvel aléa.";
        }

        return randomness == earlier.PublicRandomness || randomnessUtc <= (earlier.RandomnessUtc ?? earlier.DrawnUtc!.Value)
            ? $"Un nouveau tirage demande un aléa public nouveau et postérieur à celui du tirage précédent ({UtcText.French(earlier.RandomnessUtc ?? earlier.DrawnUtc!.Value)})."
            : null;
    }

    private static string? RedrawProblem(SortitionDraw? earlier, string? reason) => (earlier, string.IsNullOrWhiteSpace(reason)) switch
    {
        (not null, true) => $"Cette démarche a déjà été tirée au sort (tirage n° {earlier.Round}, aléa « {earlier.PublicRandomness} ») : ses tirages sont clos. Un nouveau tirage n'est possible que déclaré comme tel, avec la décision du COPIL qui le motive ; il sera affiché publiquement à côté du précédent.",
        (null, false) => "Aucun tirage n'a encore eu lieu pour cette démarche : ce n'est pas un nouveau tirage (retirez le motif).",
        _ => null,
    };

    /// <summary>Puts the commitment hash, now computed, into the publication item the COPIL reviews.</summary>
    public async Task RecordCommitmentForReviewAsync(SortitionDraw draw, CancellationToken cancellationToken = default) =>
        await publication.RecordCommitmentAsync(await ReviewFactsAsync(draw, cancellationToken), "tirage", cancellationToken);

    /// <summary>The last revealed draw of a process for a purpose (the one that closed it, or its latest redraw).</summary>
    public Task<SortitionDraw?> LastRevealedAsync(string slug, string purpose, CancellationToken cancellationToken = default) =>
        db.Set<SortitionDraw>().AsNoTracking().Where(d => d.ProcessSlug == slug && d.Purpose == purpose && d.Round != null)
            .OrderByDescending(d => d.Round).FirstOrDefaultAsync(cancellationToken);

    /// <summary>What the COPIL reviews for this draw: its commitment hash (once committed), the randomness rule, the draws already made.</summary>
    public async Task<ReviewFacts> ReviewFactsAsync(SortitionDraw draw, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draw);
        var drawn = await db.Set<SortitionDraw>().AsNoTracking().Where(d => d.ProcessSlug == draw.ProcessSlug && d.Purpose == draw.Purpose && d.Round != null)
            .OrderBy(d => d.Round).ToListAsync(cancellationToken);
        var earlier = drawn.Count == 0 ? null
            : string.Join(" ; ", drawn.Select(d => $"tirage n° {d.Round} du {UtcText.French(d.RandomnessUtc ?? d.DrawnUtc!.Value)}, engagement {d.CommitmentHash}"))
              + $". Ce tirage est un nouveau tirage ; décision du COPIL : « {draw.RedrawReason} ».";
        return new ReviewFacts(draw.Id, draw.IsCommitted ? draw.CommitmentHash : null, draw.RandomnessRule, earlier);
    }

    /// <summary>
    /// Every public draw of a process, newest first, each with when its commitment became public: the page
    /// keeps earlier draws and their results beside a redraw.
    /// </summary>
    public async Task<IReadOnlyList<PublicDraw>> PublicHistoryAsync(string slug, CancellationToken cancellationToken = default)
    {
        var draws = await PublicDraws().Where(d => d.ProcessSlug == slug).OrderByDescending(d => d.CommittedUtc).ToListAsync(cancellationToken);
        var history = new List<PublicDraw>(draws.Count);
        foreach (var draw in draws)
        {
            history.Add(new PublicDraw(draw, await publication.CommitmentPublishedUtcAsync(draw.Id, draw.CommittedUtc, cancellationToken)));
        }

        return history;
    }

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
