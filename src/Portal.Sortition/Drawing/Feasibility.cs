using System.Globalization;

namespace Portal.Sortition.Drawing;

/// <summary>The outcome of the checks run before any draw: problems block it, warnings are shown to the operator.</summary>
public sealed record FeasibilityReport(IReadOnlyList<string> Problems, IReadOnlyList<string> Warnings)
{
    public bool IsFeasible => Problems.Count == 0;
}

/// <summary>
/// Checks quotas against the pool before the commitment, and says in French which quota cannot be met
/// and by how much. For min/max quotas these are necessary conditions (counts and bounds), not a proof.
/// </summary>
public static class Feasibility
{
    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");

    public static FeasibilityReport Check(Pool pool, Quotas quotas)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(quotas);
        var problems = new List<string>();
        var warnings = new List<string>();
        foreach (var missing in quotas.CellFeatures.Concat(quotas.Values.Select(v => v.Feature)).Distinct().Where(f => !pool.Features.Contains(f)))
        {
            problems.Add($"Le critère « {missing} » n'est pas une colonne du vivier.");
        }

        if (problems.Count > 0)
        {
            return new FeasibilityReport(problems, warnings);
        }

        if (quotas.Mode == QuotaMode.Cells)
        {
            CheckCells(pool, quotas, problems, warnings);
        }
        else
        {
            CheckMinMax(pool, quotas, problems, warnings);
        }

        return new FeasibilityReport(problems, warnings);
    }

    private static void CheckCells(Pool pool, Quotas quotas, List<string> problems, List<string> warnings)
    {
        var sum = quotas.Cells.Sum(c => c.Members);
        if (sum != quotas.PanelSize)
        {
            problems.Add($"La somme des cellules ({sum}) diffère de la taille du panel ({quotas.PanelSize}).");
        }

        var byCell = pool.Volunteers.GroupBy(quotas.CellKeyOf, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var cell in quotas.Cells)
        {
            var available = byCell.GetValueOrDefault(cell.Key);
            var substitutes = cell.Members * quotas.SubstitutesPerMember;
            var places = cell.Members + substitutes;
            if (available < places)
            {
                problems.Add($"{cell.Label} : {Volunteers(available)} pour {Count(places, "place", "places")} " +
                    $"({Count(cell.Members, "titulaire", "titulaires")} + {Count(substitutes, "suppléant", "suppléants")}), il en manque {places - available}.");
            }
        }

        var quotaKeys = quotas.Cells.Where(c => c.Members > 0).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var outside = pool.Volunteers.Count(v => !quotaKeys.Contains(quotas.CellKeyOf(v)));
        if (outside > 0)
        {
            warnings.Add($"{Volunteers(outside)} dans aucune cellule à pourvoir : ils ne peuvent pas être tirés.");
        }
    }

    private static void CheckMinMax(Pool pool, Quotas quotas, List<string> problems, List<string> warnings)
    {
        var panel = quotas.PanelSize;
        if (pool.Volunteers.Count < panel + quotas.Substitutes)
        {
            problems.Add($"Le vivier compte {Volunteers(pool.Volunteers.Count)} pour {panel + quotas.Substitutes} places (panel et suppléants), il en manque {panel + quotas.Substitutes - pool.Volunteers.Count}.");
        }

        foreach (var feature in quotas.Values.GroupBy(v => v.Feature))
        {
            var counts = pool.Volunteers.GroupBy(v => v.Features[feature.Key], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            foreach (var q in feature)
            {
                var available = counts.GetValueOrDefault(q.Value);
                if (q.Min > q.Max)
                {
                    problems.Add($"{q.Feature} = {q.Value} : minimum {q.Min} supérieur au maximum {q.Max}.");
                }
                else if (available < q.Min)
                {
                    problems.Add($"{q.Feature} = {q.Value} : {Volunteers(available)} pour un minimum de {q.Min}, il en manque {q.Min - available}.");
                }
            }

            var minSum = feature.Sum(q => q.Min);
            var maxSum = feature.Sum(q => Math.Min(q.Max, counts.GetValueOrDefault(q.Value)));
            if (minSum > panel)
            {
                problems.Add($"{feature.Key} : les minimums totalisent {minSum}, plus que les {panel} places du panel (excès de {minSum - panel}).");
            }

            if (maxSum < panel)
            {
                problems.Add($"{feature.Key} : au plus {maxSum} membres possibles (maximums et volontaires disponibles) pour {panel} places, il en manque {panel - maxSum}.");
            }

            // Anyone whose value has no quota, or a maximum of zero, appears in no valid panel.
            var allowed = feature.Where(q => q.Max > 0).Select(q => q.Value).ToHashSet(StringComparer.Ordinal);
            var excluded = pool.Volunteers.Where(v => !allowed.Contains(v.Features[feature.Key])).ToList();
            if (excluded.Count > 0)
            {
                var values = string.Join(", ", excluded.Select(v => v.Features[feature.Key]).Distinct().Order(StringComparer.Ordinal));
                warnings.Add($"{Volunteers(excluded.Count)} ({feature.Key} = {values}) n'apparaissent dans aucun panel valide : aucune place pour cette valeur.");
            }
        }
    }

    private static string Volunteers(int n) => Count(n, "volontaire", "volontaires");

    private static string Count(int n, string one, string many) => n.ToString("N0", Fr) + " " + (n <= 1 ? one : many);
}
