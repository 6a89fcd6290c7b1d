namespace Portal.Sortition.Drawing;

/// <summary>
/// Exact cell quotas, no solver: cells in canonical order (cells with zero members are skipped and use no
/// random numbers); in each, the volunteers in ID order are shuffled by Fisher–Yates; the first
/// <c>members</c> are members, the next <c>members × substitutesPerMember</c> are the cell's substitutes in rank order.
/// </summary>
public static class CellDraw
{
    public const string Algorithm = "portal-cellules/1";

    public static DrawResult Run(Pool pool, Quotas quotas, HashCounterGenerator generator)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(quotas);
        ArgumentNullException.ThrowIfNull(generator);
        var byCell = pool.Volunteers.GroupBy(quotas.CellKeyOf, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(v => v.Id).ToList(), StringComparer.Ordinal);
        var members = new List<DrawnPerson>();
        var substitutes = new List<DrawnPerson>();
        foreach (var cell in quotas.Cells.Where(c => c.Members > 0))
        {
            // Pool volunteers are already in canonical ID order, so each cell's list is too.
            var ids = byCell.GetValueOrDefault(cell.Key) ?? [];
            var substituteCount = cell.Members * quotas.SubstitutesPerMember;
            if (ids.Count < cell.Members + substituteCount)
            {
                throw new InvalidOperationException($"Cellule infaisable : {cell.Label}.");
            }

            generator.Shuffle(ids);
            members.AddRange(ids.Take(cell.Members).Select(id => new DrawnPerson(members.Count + 1, id, cell.Label)).ToList());
            substitutes.AddRange(ids.Skip(cell.Members).Take(substituteCount).Select(id => new DrawnPerson(substitutes.Count + 1, id, cell.Label)).ToList());
        }

        return new DrawResult(Renumber(members), Renumber(substitutes));
    }

    internal static List<DrawnPerson> Renumber(List<DrawnPerson> people) =>
        people.Select((p, k) => p with { Rank = k + 1 }).ToList();
}
