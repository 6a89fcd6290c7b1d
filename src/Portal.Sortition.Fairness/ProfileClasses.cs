using Portal.Sortition.Drawing;

namespace Portal.Sortition.Fairness;

/// <summary>
/// Interchangeable volunteers: those with the same value on every feature the quotas constrain. Swapping
/// two of them turns any valid panel into a valid panel, so a fair lottery owes them the same chance
/// (volunteers with identical public profiles are a fortiori in the same class).
/// </summary>
internal sealed class ProfileClasses
{
    public ProfileClasses(Pool pool, Quotas quotas)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(quotas);
        var features = quotas.Values.Select(q => q.Feature).Distinct(StringComparer.Ordinal).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var members = new List<List<int>>();
        ClassOf = new int[pool.Volunteers.Count];
        for (var i = 0; i < pool.Volunteers.Count; i++)
        {
            var key = string.Join('\u001F', features.Select(f => pool.Volunteers[i].Features[f]));
            if (!index.TryGetValue(key, out var c))
            {
                c = members.Count;
                index[key] = c;
                members.Add([]);
            }

            ClassOf[i] = c;
            members[c].Add(i);
        }

        // Pool order is ID order, so each class lists its volunteers in ID order.
        Members = members.Select(m => m.ToArray()).ToList();
    }

    /// <summary>The class of each volunteer (pool index).</summary>
    public int[] ClassOf { get; }

    /// <summary>Each class's volunteers (pool indexes, ID order).</summary>
    public IReadOnlyList<int[]> Members { get; }

    public int Count => Members.Count;

    /// <summary>How many members of each class sit on a panel.</summary>
    public int[] Counts(IEnumerable<int> panel)
    {
        var counts = new int[Count];
        foreach (var i in panel)
        {
            counts[ClassOf[i]]++;
        }

        return counts;
    }
}
