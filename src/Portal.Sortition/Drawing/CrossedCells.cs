using System.Text.Json.Nodes;

namespace Portal.Sortition.Drawing;

/// <summary>
/// Exact cells and ranges in one set of min/max quotas, e.g. one seat per canton × genre × âge plus
/// ranges on diploma: <c>"cells": {"features": [...], "membersPerCell": n}</c> beside <c>"quotas"</c>.
/// At import it becomes plain min/max quotas: the pool gains a crossed column named by the features
/// joined by « × », valued by the volunteer's values joined by « · », and every combination of the
/// values found gets <c>min = max = n</c> on it. The committed pool and quotas are then ordinary ones,
/// so the solvers, the replay and a second implementation need nothing new.
/// </summary>
public static class CrossedCells
{
    public static (Pool Pool, string QuotasJson) Expand(Pool pool, string quotasJson)
    {
        ArgumentNullException.ThrowIfNull(pool);
        if (JsonNode.Parse(quotasJson) is not JsonObject root || root["mode"]?.GetValue<string>() != "minmax" || root["cells"] is not JsonObject cells)
        {
            return (pool, quotasJson);
        }

        var features = (cells["features"] as JsonArray ?? throw new FormatException("« cells » demande la liste « features » des critères croisés."))
            .Select(f => Pool.Normalise(f!.GetValue<string>())).ToList();
        var members = cells["membersPerCell"]?.GetValue<int>() ?? throw new FormatException("« cells » demande « membersPerCell » (titulaires par cellule).");
        foreach (var missing in features.Where(f => !pool.Features.Contains(f)))
        {
            throw new FormatException($"Le critère « {missing} » n'est pas une colonne du vivier.");
        }

        var name = string.Join(" × ", features);
        if (pool.Features.Contains(name))
        {
            throw new FormatException($"Le vivier a déjà une colonne « {name} » : renommez-la ou retirez « cells » des quotas.");
        }

        var expanded = new Pool([.. pool.Features, name], pool.Volunteers.Select(v =>
            v with { Features = new Dictionary<string, string>(v.Features, StringComparer.Ordinal) { [name] = string.Join(" · ", features.Select(f => v.Features[f])) } }));
        IEnumerable<string> combinations = [string.Empty];
        foreach (var feature in features)
        {
            var values = pool.Volunteers.Select(v => v.Features[feature]).Distinct(StringComparer.Ordinal).ToList();
            combinations = combinations.SelectMany(c => values.Select(v => c.Length == 0 ? v : c + " · " + v)).ToList();
        }

        var quotas = root["quotas"] as JsonArray ?? [];
        foreach (var cell in combinations)
        {
            quotas.Add(new JsonObject { ["feature"] = name, ["value"] = cell, ["min"] = members, ["max"] = members });
        }

        root.Remove("cells");
        root["quotas"] = quotas;
        return (expanded, root.ToJsonString());
    }
}
