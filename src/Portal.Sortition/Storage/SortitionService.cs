using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Sortition.Drawing;

namespace Portal.Sortition.Storage;

/// <summary>
/// The draw's life: prepare (import, feasibility, commitment stored), then reveal (public randomness,
/// seed, result). A revealed draw is never drawn again; the kit is built from what was stored.
/// </summary>
public sealed class SortitionService(PortalDbContext db, TimeProvider clock)
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
            quotas = QuotasJson.Parse(request.QuotasJson, imported.Pool);
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

        var now = clock.GetUtcNow().UtcDateTime;
        var committedUtc = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        var commitment = new Commitment(DrawEngine.AlgorithmFor(quotas), imported.Pool.Hash, QuotasJson.Hash(quotas), request.RandomnessRule, committedUtc);
        var draw = new SortitionDraw
        {
            ProcessSlug = request.ProcessSlug,
            Algorithm = commitment.Algorithm,
            PoolCsv = imported.Pool.ToCsv(),
            QuotasJson = Hashes.Utf8.GetString(QuotasJson.ToBytes(quotas)),
            CommitmentText = commitment.ToText(),
            CommitmentHash = commitment.Hash,
            CommittedUtc = committedUtc,
            ReferenceSharesJson = request.ReferenceSharesJson,
        };
        db.Add(draw);
        db.AddRange(imported.ContactsById.Select(c => new VolunteerContact { DrawId = draw.Id, VolunteerId = c.Key, ContactsJson = JsonSerializer.Serialize(c.Value) }));
        await db.SaveChangesAsync(cancellationToken);
        return new SortitionOutcome(true, draw.Id, [$"Engagement enregistré : {commitment.Hash}", .. report.Warnings]);
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
            result = DrawEngine.Run(draw.Algorithm, pool, quotas, seed);
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

    /// <summary>The latest draw committed for a process, revealed or not (the commitment is public as soon as it exists).</summary>
    public Task<SortitionDraw?> LatestForProcessAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Set<SortitionDraw>().AsNoTracking().Where(d => d.ProcessSlug == slug)
            .OrderByDescending(d => d.CommittedUtc).FirstOrDefaultAsync(cancellationToken);

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
            draw.PublicRandomness!, draw.SeedHex!, Hashes.Utf8.GetBytes(draw.ResultCsv!));
        return VerificationKit.Write(files, Commitment.Parse(draw.CommitmentText).CommittedUtc);
    }
}
