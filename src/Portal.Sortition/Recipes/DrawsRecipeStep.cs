using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Recipes;
using Portal.Processes.Public;
using Portal.Sortition.Drawing;
using Portal.Sortition.Publication;
using Portal.Sortition.Storage;

namespace Portal.Sortition.Recipes;

/// <summary>
/// Recipe step <c>draws</c>: a completed draw as it happened, for a process whose draw took place before the
/// portal (the demo's). <c>{ "name": "draws", "draws": [ { "process": slug, "pool": { "seed", "size", "features":
/// { criterion: { value: weight } }, "atLeastPerCell"? }, "quotas": { … as quotas.json … }, "referenceShares"?,
/// "randomnessRule", "committedUtc", "publishedUtc", "randomness", "randomnessUtc", "drawnUtc" } ] }</c>.
/// The pool of fictitious volunteers is generated from the seed; the engine then commits, publishes and
/// reveals the draw at the stated dates, with the same code and checks as a live draw, so its kit verifies
/// against its page. Only draws that need no solver (cells, or the sequential method for min/max quotas)
/// are accepted: a recipe loads in a moment. Running it again finds the same commitment and changes nothing.
/// </summary>
internal sealed class DrawsRecipeStep(PortalDbContext db, ProcessDirectory processes, IServiceProvider services, TimeProvider clock) : IRecipeStepHandler
{
    public const string Author = "recette";

    /// <summary>A recipe's pool stays small enough to generate at every start.</summary>
    private const int MaxPoolSize = 20_000;

    /// <summary>Plans checked by validation, reused by execution (same handler, same recipe run): the pool is generated once per load.</summary>
    private readonly Dictionary<(string File, int Step, int Draw), DrawPlan> _plans = [];

    public string Name => "draws";

    public async Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Bind<DrawsStep>();
        for (var i = 0; step is not null && i < step.Draws.Count; i++)
        {
            var path = $"draws[{i}]";
            if (Plan(step.Draws[i], (relative, message) => context.Error($"{path}.{relative}", message)) is not { } plan)
            {
                continue;
            }

            _plans[(context.FileName, context.Index, i)] = plan;
            if (step.Draws.Take(i).Any(d => d.Process == plan.Slug))
            {
                context.Error($"{path}.process", $"la démarche « {plan.Slug} » a déjà un tirage dans cette recette : un seul tirage par démarche");
            }

            var drawn = await db.Set<SortitionDraw>().AsNoTracking()
                .Where(d => d.ProcessSlug == plan.Slug && d.Purpose == SortitionDraw.DefaultPurpose && d.Round != null)
                .Select(d => d.CommitmentHash).ToListAsync(cancellationToken);
            if (drawn.Count > 0 && !drawn.Contains(plan.CommitmentHash))
            {
                context.Error($"{path}.process", $"la démarche « {plan.Slug} » a déjà été tirée au sort avec un autre engagement ({drawn[0]}) : un tirage engagé ne se refait pas");
            }
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Bind<DrawsStep>() ?? throw new RecipeValidationException("draws");
        for (var i = 0; i < step.Draws.Count; i++)
        {
            var plan = _plans.GetValueOrDefault((context.FileName, context.Index, i)) ?? Plan(step.Draws[i], (relative, message) => throw Refused(context, $"draws[{i}].{relative}", message))!;
            if (await db.Set<SortitionDraw>().AnyAsync(d => d.ProcessSlug == plan.Slug && d.CommitmentHash == plan.CommitmentHash && d.Round != null, cancellationToken))
            {
                continue;
            }

            if (await processes.IdOfSlugAsync(plan.Slug, cancellationToken) is null)
            {
                throw Refused(context, $"draws[{i}].process", $"aucune démarche publiée à l'adresse « {plan.Slug} » (une étape « processes » plus haut doit la créer)");
            }

            await RecordAsync(plan, message => Refused(context, $"draws[{i}]", message), cancellationToken);
        }
    }

    /// <summary>Prepares, publishes and reveals the draw, each at its own date, through the engine's own services.</summary>
    private async Task RecordAsync(DrawPlan plan, Func<string, Exception> refused, CancellationToken cancellationToken)
    {
        var historical = new HistoricalClock(plan.Step.CommittedUtc.UtcDateTime);
        var store = ActivatorUtilities.CreateInstance<ContentStore>(services, historical);
        var publication = ActivatorUtilities.CreateInstance<DrawPublication>(services, store);
        var sortition = new SortitionService(db, publication, historical);
        var request = new DrawRequest(plan.Slug, plan.Pool.ToBytes(), plan.QuotasJson, plan.Step.RandomnessRule, null, plan.ReferenceSharesJson,
            plan.Quotas.Mode == QuotaMode.Cells ? DrawMethod.Cells : DrawMethod.Sequential, Author: Author);
        var prepared = await sortition.PrepareImportedAsync(request, new ImportedPool(plan.Pool, new Dictionary<string, IReadOnlyDictionary<string, string>>()), plan.QuotasJson, null, null, cancellationToken);
        if (!prepared.Success)
        {
            throw refused(string.Join(" ", prepared.Messages));
        }

        var itemId = await publication.FindItemAsync(prepared.DrawId!, cancellationToken) ?? throw refused("la publication du tirage n'a pas pu être créée");
        historical.Set(plan.Step.PublishedUtc.UtcDateTime);
        var draft = await store.GetLatestAsync(itemId, cancellationToken);
        if (!(await store.PublishAsync(itemId, draft!.Version, Author, cancellationToken: cancellationToken)).Succeeded)
        {
            throw refused("la publication du tirage n'a pas pu être enregistrée");
        }

        historical.Set(plan.Step.DrawnUtc.UtcDateTime);
        var revealed = await sortition.RevealAsync(prepared.DrawId!, plan.Step.Randomness, plan.Step.RandomnessUtc.UtcDateTime, cancellationToken);
        if (!revealed.Success)
        {
            throw refused(string.Join(" ", revealed.Messages));
        }
    }

    /// <summary>Checks one draw of the step and computes what the engine will commit; null (with errors reported) when it cannot be done.</summary>
    private DrawPlan? Plan(DrawStep draw, Action<string, string> error)
    {
        var errors = 0;
        void Error(string path, string message)
        {
            errors++;
            error(path, message);
        }

        if (string.IsNullOrWhiteSpace(draw.Process))
        {
            Error("process", "l'adresse de la démarche (« process ») est obligatoire");
        }

        if (string.IsNullOrWhiteSpace(draw.RandomnessRule))
        {
            Error("randomnessRule", "la règle de l'aléa public est obligatoire");
        }

        if (Commitment.NormaliseRandomness(draw.Randomness ?? string.Empty).Length == 0)
        {
            Error("randomness", "l'aléa public est vide");
        }

        CheckDates(draw, Error);
        CheckPool(draw.Pool, Error);
        if (draw.ReferenceShares is { } shares && !ValidShares(shares))
        {
            Error("referenceShares", "les parts de référence sont un objet { critère : { valeur : pourcentage } }");
        }

        if (draw.Quotas.ValueKind != JsonValueKind.Object)
        {
            Error("quotas", "les quotas sont un objet, comme le fichier quotas.json");
        }

        if (errors > 0)
        {
            return null;
        }

        try
        {
            var cellFeatures = draw.Quotas.TryGetProperty("cellFeatures", out var cells) ? cells.EnumerateArray().Select(c => c.GetString()!).ToList() : [];
            var unknown = cellFeatures.Where(f => !draw.Pool.Features.Keys.Select(Pool.Normalise).Contains(Pool.Normalise(f))).ToList();
            if (unknown.Count > 0)
            {
                Error("quotas.cellFeatures", $"critère de cellule absent du vivier : {string.Join(", ", unknown.Select(u => $"« {u} »"))}");
                return null;
            }

            var cellCount = cellFeatures.Aggregate(1L, (n, f) => n * draw.Pool.Features.First(p => Pool.Normalise(p.Key) == Pool.Normalise(f)).Value.Count);
            if (draw.Pool.AtLeastPerCell > 0 && cellFeatures.Count > 0 && cellCount * draw.Pool.AtLeastPerCell > draw.Pool.Size)
            {
                Error("pool.size", $"{draw.Pool.Size} volontaires ne suffisent pas pour en placer {draw.Pool.AtLeastPerCell} dans chacune des {cellCount} cellules");
                return null;
            }

            var (pool, quotasJson) = CrossedCells.Expand(GeneratedPool.Generate(draw.Pool, cellFeatures), draw.Quotas.GetRawText());
            var quotas = QuotasJson.Parse(quotasJson, pool);
            var report = Feasibility.Check(pool, quotas);
            foreach (var problem in report.Problems)
            {
                Error("quotas", problem);
            }

            var commitment = new Commitment(DrawEngine.AlgorithmFor(quotas), pool.Hash, QuotasJson.Hash(quotas), draw.RandomnessRule, draw.CommittedUtc.UtcDateTime);
            return report.IsFeasible
                ? new DrawPlan(draw, draw.Process.Trim(), pool, quotasJson, quotas, commitment.Hash, draw.ReferenceShares?.GetRawText())
                : null;
        }
        catch (Exception e) when (e is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            Error("quotas", $"quotas illisibles : {e.Message}");
            return null;
        }
    }

    private void CheckDates(DrawStep draw, Action<string, string> error)
    {
        (string Path, DateTimeOffset Date, string Label)[] dates =
        [
            ("committedUtc", draw.CommittedUtc, "l'engagement"), ("publishedUtc", draw.PublishedUtc, "la publication de l'engagement"),
            ("randomnessUtc", draw.RandomnessUtc, "l'aléa public"), ("drawnUtc", draw.DrawnUtc, "le tirage"),
        ];
        foreach (var (path, date, label) in dates)
        {
            if (date.Ticks % TimeSpan.TicksPerSecond != 0)
            {
                error(path, $"la date de {label} se donne à la seconde près (par exemple 2021-12-03T09:00:00Z)");
            }

            if (date > clock.GetUtcNow())
            {
                error(path, $"la date de {label} est dans le futur : cette étape enregistre un tirage qui a déjà eu lieu");
            }
        }

        if (draw.PublishedUtc < draw.CommittedUtc)
        {
            error("publishedUtc", "l'engagement ne peut pas être publié avant d'avoir été pris");
        }

        if (draw.RandomnessUtc <= draw.PublishedUtc)
        {
            error("randomnessUtc", "l'engagement doit être public avant que l'aléa public soit connu");
        }

        if (draw.DrawnUtc < draw.RandomnessUtc)
        {
            error("drawnUtc", "le tirage ne peut pas précéder l'aléa public");
        }
    }

    private static void CheckPool(PoolRecipe? pool, Action<string, string> error)
    {
        if (pool is null)
        {
            error("pool", "le vivier (« pool ») est obligatoire");
            return;
        }

        if (string.IsNullOrWhiteSpace(pool.Seed))
        {
            error("pool.seed", "la graine du vivier généré est obligatoire");
        }

        if (pool.Size is < 1 or > MaxPoolSize)
        {
            error("pool.size", $"la taille du vivier va de 1 à {MaxPoolSize} volontaires");
        }

        if (pool.AtLeastPerCell < 0)
        {
            error("pool.atLeastPerCell", "le nombre minimal de volontaires par cellule ne peut pas être négatif");
        }

        if (pool.Features.Count == 0)
        {
            error("pool.features", "le vivier a au moins un critère public");
        }

        foreach (var (feature, values) in pool.Features)
        {
            if (PoolColumns.IsIdentifier(feature) || PoolColumns.IsContactHeader(feature) || Pool.Normalise(feature).Length == 0)
            {
                error($"pool.features.{feature}", $"« {feature} » ne peut pas être un critère public : ni identifiant, ni coordonnée, ni nom vide");
            }

            if (values.Count == 0 || values.Any(v => !double.IsFinite(v.Value) || v.Value < 0.001 || v.Value > 1_000_000))
            {
                error($"pool.features.{feature}", "chaque critère a au moins une valeur, chacune avec un poids entre 0,001 et 1 000 000");
            }
        }
    }

    private static bool ValidShares(JsonElement shares) =>
        shares.ValueKind == JsonValueKind.Object && shares.EnumerateObject().All(f => f.Value.ValueKind == JsonValueKind.Object
            && f.Value.EnumerateObject().All(v => v.Value.ValueKind == JsonValueKind.Number));

    private static RecipeValidationException Refused(RecipeStepContext context, string relativePath, string message) =>
        new([new RecipeError(context.FileName, context.Index, context.Name, $"{context.Path}.{relativePath}", message)]);

    private sealed record DrawPlan(DrawStep Step, string Slug, Pool Pool, string QuotasJson, Quotas Quotas, string CommitmentHash, string? ReferenceSharesJson);

    private sealed record DrawsStep(string Name, IReadOnlyList<DrawStep> Draws);

    private sealed record DrawStep(
        string Process,
        PoolRecipe Pool,
        JsonElement Quotas,
        string RandomnessRule,
        DateTimeOffset CommittedUtc,
        DateTimeOffset PublishedUtc,
        string Randomness,
        DateTimeOffset RandomnessUtc,
        DateTimeOffset DrawnUtc,
        JsonElement? ReferenceShares = null);
}
