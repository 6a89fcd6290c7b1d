using System.Text.Json;
using Portal.Sortition.Drawing;
using Portal.Sortition.Storage;

namespace Portal.Sortition.Public;

/// <summary>One value of one feature: volunteers in the pool, quota, achieved count and reference share.</summary>
public sealed record CompositionRow(string Value, int InPool, string Quota, int? Achieved, decimal? ReferenceShare);

/// <summary>A stratum (cell, or feature value in min/max mode) and how likely its volunteers were to be selected.</summary>
public sealed record StratumChance(string Stratum, int Volunteers, int Members, int Substitutes)
{
    /// <summary>Chance of being a member, in percent; exact in cells mode (members / volunteers of the cell).</summary>
    public decimal MemberPercent => Volunteers == 0 ? 0 : Math.Round(100m * Members / Volunteers, 1);
}

/// <summary>
/// Everything the public page shows of a draw, computed from the public fields only (canonical pool with
/// pseudonymous IDs, quotas, commitment, result); contact details are never read here.
/// </summary>
public sealed record DrawSummary(
    SortitionDraw Draw,
    int PoolSize,
    Quotas Quotas,
    DrawResult? Result,
    IReadOnlyDictionary<string, IReadOnlyList<CompositionRow>> Composition,
    IReadOnlyList<StratumChance> Chances)
{
    public bool IsCells => Quotas.Mode == QuotaMode.Cells;

    public string MethodText => MethodTexts.Explanation(Draw.Method, Fairness);

    /// <summary>Maximin or LEXIMIN: what the committed table achieved, as stated at the commitment; null for other methods and earlier draws.</summary>
    public FairnessFigures? Fairness => FairnessFigures.FromJson(Draw.FairnessJson);

    /// <summary>A committed lottery: the fewest tickets any volunteer holds, recounted from the public table.</summary>
    public int? MinimumTickets => Draw.PanelsCsv is null ? null : LotteryTable.FromCsv(Draw.PanelsCsv).VolunteerTickets(Pool.FromCsv(Draw.PoolCsv)).Values.Min();

    /// <summary>The summary of a draw; without <paramref name="withResult"/> (commitment not public before the randomness) nothing of the result is shown.</summary>
    public static DrawSummary From(SortitionDraw draw, bool withResult = true)
    {
        ArgumentNullException.ThrowIfNull(draw);
        var pool = Pool.FromCsv(draw.PoolCsv);
        var quotas = QuotasJson.Parse(draw.QuotasJson);
        var result = draw.ResultCsv is null || !withResult ? null : DrawResult.FromCsv(draw.ResultCsv);
        var members = result?.Members.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var substitutes = result?.Substitutes.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var shares = draw.ReferenceSharesJson is null ? null
            : JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, decimal>>>(draw.ReferenceSharesJson);
        var composition = pool.Features.ToDictionary(f => f, f => (IReadOnlyList<CompositionRow>)pool.Volunteers
            .GroupBy(v => v.Features[f], StringComparer.Ordinal).OrderBy(g => g.Key, Utf8Ordinal.Instance)
            .Select(g => new CompositionRow(g.Key, g.Count(), QuotaText(quotas, f, g.Key), members is null ? null : g.Count(v => members.Contains(v.Id)),
                shares?.GetValueOrDefault(f)?.GetValueOrDefault(g.Key) is { } s and > 0 ? s : null))
            .ToList(), StringComparer.Ordinal);
        IEnumerable<IGrouping<string, Volunteer>> strata = quotas.Mode == QuotaMode.Cells
            ? pool.Volunteers.GroupBy(quotas.CellKeyOf, StringComparer.Ordinal)
            : quotas.Values.Select(q => q.Feature).Distinct().SelectMany(f => pool.Volunteers.GroupBy(v => $"{f} = {v.Features[f]}", StringComparer.Ordinal));
        var chances = strata
            .Select(g => new StratumChance(string.Join(" · ", g.Key.Split('\u001F')), g.Count(),
                quotas.Mode == QuotaMode.Cells ? quotas.Cells.FirstOrDefault(c => c.Key == g.Key)?.Members ?? 0 : g.Count(v => members?.Contains(v.Id) == true),
                quotas.Mode == QuotaMode.Cells ? (quotas.Cells.FirstOrDefault(c => c.Key == g.Key)?.Members ?? 0) * quotas.SubstitutesPerMember : g.Count(v => substitutes?.Contains(v.Id) == true)))
            .OrderBy(c => c.Stratum, Utf8Ordinal.Instance)
            .ToList();
        return new DrawSummary(draw, pool.Volunteers.Count, quotas, result, composition, chances);
    }

    private static string QuotaText(Quotas quotas, string feature, string value)
    {
        if (quotas.Mode == QuotaMode.Cells)
        {
            var index = quotas.CellFeatures.ToList().IndexOf(feature);
            return index < 0 ? "—" : quotas.Cells.Where(c => c.Values[index] == value).Sum(c => c.Members).ToString(Portal.Core.Text.French.Culture);
        }

        var q = quotas.Values.FirstOrDefault(q => q.Feature == feature && q.Value == value);
        return q is null ? "—" : q.Min == q.Max ? q.Min.ToString(Portal.Core.Text.French.Culture) : $"{q.Min} à {q.Max}";
    }
}
