namespace Portal.Sortition.Drawing;

/// <summary>
/// Substitutes for min/max quotas (lottery and sequential draws, version 2) that keep the quotas when they
/// replace a member. A volunteer's profile is their values on the quota features (canonical feature
/// order), written as in <c>resultat.csv</c>'s <c>strate</c> column: the values joined by « · ».
/// Drawing: rounds over the members in rank order; in each round, each member in turn gets one
/// substitute, drawn with <see cref="HashCounterGenerator.NextBelow"/> among the volunteers neither
/// members nor substitutes yet (ID order) who have the member's profile; if there is none, among those
/// whose exchange with the member keeps every quota of the drawn panel; if there is none either, the
/// member gets none this round. It stops when the requested number is reached or a round adds nobody.
/// A substitute's <c>strate</c> is the profile of the member they were drawn for. Replacement: a member
/// who withdraws is replaced by the first substitute, in rank order, not yet called and of the same strate.
/// </summary>
public static class ProfileSubstitutes
{
    public static List<DrawnPerson> Members(Pool pool, Quotas quotas, IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var byId = pool.Volunteers.ToDictionary(v => v.Id, StringComparer.Ordinal);
        return ids.Select((id, k) => new DrawnPerson(k + 1, id, Profile(quotas, byId[id]))).ToList();
    }

    public static List<DrawnPerson> Draw(Pool pool, Quotas quotas, IReadOnlyList<DrawnPerson> members, HashCounterGenerator generator)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(quotas);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(generator);
        var byId = pool.Volunteers.ToDictionary(v => v.Id, StringComparer.Ordinal);
        var taken = members.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var counts = quotas.Values.ToDictionary(q => q, q => members.Count(m => byId[m.Id].Features[q.Feature] == q.Value));
        var substitutes = new List<DrawnPerson>();
        var added = true;
        while (substitutes.Count < quotas.Substitutes && added)
        {
            added = false;
            foreach (var member in members)
            {
                if (substitutes.Count == quotas.Substitutes)
                {
                    break;
                }

                var leaving = byId[member.Id];
                var free = pool.Volunteers.Where(v => !taken.Contains(v.Id)).ToList();
                var candidates = free.Where(v => Profile(quotas, v) == member.Stratum).ToList();
                if (candidates.Count == 0)
                {
                    candidates = free.Where(v => KeepsQuotas(quotas, counts, leaving, v)).ToList();
                }

                if (candidates.Count == 0)
                {
                    continue;
                }

                var pick = candidates[generator.NextBelow(candidates.Count)];
                taken.Add(pick.Id);
                substitutes.Add(new DrawnPerson(substitutes.Count + 1, pick.Id, member.Stratum));
                added = true;
            }
        }

        return substitutes;
    }

    public static string Profile(Quotas quotas, Volunteer volunteer)
    {
        ArgumentNullException.ThrowIfNull(quotas);
        ArgumentNullException.ThrowIfNull(volunteer);
        return string.Join(" · ", quotas.Values.Select(q => q.Feature).Distinct(StringComparer.Ordinal).Select(f => volunteer.Features[f]));
    }

    /// <summary>Whether the panel with <paramref name="leaving"/> replaced by <paramref name="joining"/> still meets every bound.</summary>
    private static bool KeepsQuotas(Quotas quotas, Dictionary<ValueQuota, int> counts, Volunteer leaving, Volunteer joining) =>
        quotas.Values.All(q =>
        {
            var count = counts[q] - (leaving.Features[q.Feature] == q.Value ? 1 : 0) + (joining.Features[q.Feature] == q.Value ? 1 : 0);
            return count >= q.Min && count <= q.Max;
        });
}
