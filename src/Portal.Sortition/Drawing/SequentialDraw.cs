namespace Portal.Sortition.Drawing;

/// <summary>
/// Min/max quotas over several features, without a solver: the "legacy" sequential stratified method
/// (as in the Sortition Foundation's tools), driven by the committed generator. It meets the quotas but
/// does not equalise selection probabilities the way LEXIMIN does; the public page says so. Version 2
/// draws substitutes by profile (<see cref="ProfileSubstitutes"/>); version 1 is kept to replay earlier kits.
/// </summary>
public static class SequentialDraw
{
    public const string Algorithm = "portal-sequentiel/2";

    public const string Version1 = "portal-sequentiel/1";

    /// <summary>Attempts before giving up; each failed attempt continues the same random stream.</summary>
    public const int MaxAttempts = 100;

    public static DrawResult Run(Pool pool, Quotas quotas, HashCounterGenerator generator, bool version1 = false)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(quotas);
        ArgumentNullException.ThrowIfNull(generator);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var panel = TryOnce(pool, quotas, generator);
            if (panel is not null)
            {
                return version1 ? Version1Result(pool, quotas, panel, generator) : ProfileResult(pool, quotas, panel, generator);
            }
        }

        throw new InvalidOperationException($"Aucun panel respectant les quotas n'a été trouvé en {MaxAttempts} essais.");
    }

    /// <summary>Members in the given order, each with their profile, then substitutes drawn by profile.</summary>
    internal static DrawResult ProfileResult(Pool pool, Quotas quotas, IEnumerable<string> panel, HashCounterGenerator generator)
    {
        var members = ProfileSubstitutes.Members(pool, quotas, panel);
        return new DrawResult(members, ProfileSubstitutes.Draw(pool, quotas, members, generator));
    }

    /// <summary>Version 1: the others, in ID order, shuffled; the first are substitutes; no stratum.</summary>
    internal static DrawResult Version1Result(Pool pool, Quotas quotas, IReadOnlyCollection<string> panel, HashCounterGenerator generator)
    {
        var chosen = panel.ToHashSet(StringComparer.Ordinal);
        var rest = pool.Volunteers.Where(v => !chosen.Contains(v.Id)).Select(v => v.Id).ToList();
        generator.Shuffle(rest);
        return new DrawResult(
            panel.Select((id, k) => new DrawnPerson(k + 1, id, string.Empty)).ToList(),
            rest.Take(quotas.Substitutes).Select((id, k) => new DrawnPerson(k + 1, id, string.Empty)).ToList());
    }

    /// <summary>
    /// One attempt: repeatedly take the quota whose unmet minimum is largest relative to the volunteers still
    /// available for it (ties: canonical quota order), or everyone available once all minimums are met, and
    /// pick one of those candidates (in ID order) with NextBelow. Volunteers who would exceed a maximum leave.
    /// </summary>
    private static List<string>? TryOnce(Pool pool, Quotas quotas, HashCounterGenerator generator)
    {
        var counts = quotas.Values.ToDictionary(q => q, _ => 0);
        var quotaOf = quotas.Values.ToLookup(q => q.Feature);
        var available = pool.Volunteers.ToList();
        var panel = new List<string>();
        while (panel.Count < quotas.PanelSize)
        {
            available.RemoveAll(v => quotaOf.Any(f => Quota(quotaOf, f.Key, v) is not { } q || counts[q] >= q.Max));
            if (available.Count == 0)
            {
                return null;
            }

            ValueQuota? urgent = null;
            long urgentNeed = 0, urgentAvailable = 1;
            foreach (var q in quotas.Values.Where(q => counts[q] < q.Min))
            {
                long need = q.Min - counts[q];
                long left = available.Count(v => v.Features[q.Feature] == q.Value);
                if (left == 0)
                {
                    return null;
                }

                if (urgent is null || need * urgentAvailable > urgentNeed * left)
                {
                    (urgent, urgentNeed, urgentAvailable) = (q, need, left);
                }
            }

            var candidates = urgent is null ? available : available.Where(v => v.Features[urgent.Feature] == urgent.Value).ToList();
            var pick = candidates[generator.NextBelow(candidates.Count)];
            panel.Add(pick.Id);
            available.Remove(pick);
            foreach (var f in quotaOf)
            {
                counts[Quota(quotaOf, f.Key, pick)!]++;
            }
        }

        return counts.All(c => c.Value >= c.Key.Min && c.Value <= c.Key.Max) ? panel : null;
    }

    private static ValueQuota? Quota(ILookup<string, ValueQuota> quotaOf, string feature, Volunteer v) =>
        quotaOf[feature].FirstOrDefault(q => q.Value == v.Features[feature]);
}
