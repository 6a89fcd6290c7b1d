namespace Portal.Sortition.Drawing;

/// <summary>
/// Draws one ticket of a committed <see cref="LotteryTable"/>. The replay never re-solves: it checks that
/// every committed panel meets the quotas and that there are exactly 1,000 tickets, then draws
/// t = integer in [0, 1000) and takes the panel whose cumulative tickets first exceed t (table order).
/// Members are that panel's IDs in ID order. Version 2 draws substitutes by profile
/// (<see cref="ProfileSubstitutes"/>) and writes each person's profile as their stratum; version 1 (kept to
/// replay earlier kits) shuffled the others, in ID order, and took the first as substitutes, without stratum.
/// </summary>
public static class LotteryDraw
{
    public const string Algorithm = "portal-loterie/2";

    public const string Version1 = "portal-loterie/1";

    public static DrawResult Run(Pool pool, Quotas quotas, LotteryTable table, HashCounterGenerator generator, bool version1 = false)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(quotas);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(generator);
        Check(pool, quotas, table);
        var ticket = generator.NextBelow(LotteryTable.TotalTickets);
        var chosen = table.Panels[0];
        var cumulative = 0;
        foreach (var panel in table.Panels)
        {
            cumulative += panel.Tickets;
            if (ticket < cumulative)
            {
                chosen = panel;
                break;
            }
        }

        return version1 ? SequentialDraw.Version1Result(pool, quotas, chosen.Ids, generator) : SequentialDraw.ProfileResult(pool, quotas, chosen.Ids, generator);
    }

    /// <summary>Every committed panel must be a valid panel: right size, known IDs, nobody twice, every bound met.</summary>
    public static void Check(Pool pool, Quotas quotas, LotteryTable table)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(quotas);
        ArgumentNullException.ThrowIfNull(table);
        var tickets = table.Panels.Sum(p => p.Tickets);
        if (tickets != LotteryTable.TotalTickets)
        {
            throw new InvalidOperationException($"La table engagée compte {tickets} billets au lieu de {LotteryTable.TotalTickets}.");
        }

        var byId = pool.Volunteers.ToDictionary(v => v.Id, StringComparer.Ordinal);
        for (var p = 0; p < table.Panels.Count; p++)
        {
            var ids = table.Panels[p].Ids;
            if (ids.Count != quotas.PanelSize || ids.Distinct(StringComparer.Ordinal).Count() != ids.Count || !ids.All(byId.ContainsKey))
            {
                throw new InvalidOperationException($"Panel n° {p + 1} de la table : taille, doublon ou identifiant inconnu.");
            }

            foreach (var q in quotas.Values)
            {
                var count = ids.Count(id => byId[id].Features[q.Feature] == q.Value);
                if (count < q.Min || count > q.Max)
                {
                    throw new InvalidOperationException($"Panel n° {p + 1} de la table : {q.Feature} = {q.Value} compte {count} membres, hors des bornes {q.Min} à {q.Max}.");
                }
            }
        }
    }

    /// <summary>Each volunteer's selection probability under the table: their panels' tickets over 1,000.</summary>
    public static Dictionary<string, double> Probabilities(LotteryTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var probabilities = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var panel in table.Panels)
        {
            foreach (var id in panel.Ids)
            {
                probabilities[id] = probabilities.GetValueOrDefault(id) + (panel.Tickets / (double)LotteryTable.TotalTickets);
            }
        }

        return probabilities;
    }
}
