using System.Text;
using Portal.Sortition.Drawing;

namespace Portal.Sortition.Recipes;

/// <summary>
/// How a recipe describes a pool of fictitious volunteers instead of shipping one: a seed, a size, and for
/// each public criterion its values with their weights. <see cref="AtLeastPerCell"/> volunteers are first
/// placed in every combination of the quotas' cell criteria, so a one-seat-per-cell rule is feasible.
/// </summary>
public sealed record PoolRecipe(string Seed, int Size, IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Features, int AtLeastPerCell = 0);

/// <summary>
/// Generates the pool a <see cref="PoolRecipe"/> describes, deterministically: the same recipe gives the same
/// volunteers, pseudonymous IDs included, on every machine. Nobody real is behind it and no contact column
/// exists. Criteria and values are taken in UTF-8 byte order, so the JSON order of the recipe does not matter.
/// </summary>
public static class GeneratedPool
{
    private const string Base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>Weights are read to the thousandth: the draw of each value is then an exact integer lottery.</summary>
    private const double WeightScale = 1000;

    public static Pool Generate(PoolRecipe recipe, IReadOnlyList<string> cellFeatures)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        ArgumentNullException.ThrowIfNull(cellFeatures);
        var generator = new HashCounterGenerator(System.Security.Cryptography.SHA256.HashData(Hashes.Utf8.GetBytes("portal-vivier-genere/1\n" + recipe.Seed)));
        var features = recipe.Features.Keys.Select(Pool.Normalise).OrderBy(f => f, Utf8Ordinal.Instance).ToList();
        var values = recipe.Features.ToDictionary(
            f => Pool.Normalise(f.Key),
            f => f.Value.Select(v => (Value: Pool.Normalise(v.Key), Weight: (int)Math.Round(v.Value * WeightScale))).OrderBy(v => v.Value, Utf8Ordinal.Instance).ToList(),
            StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var volunteers = new List<Volunteer>(recipe.Size);

        // First the guaranteed volunteers of each cell, in the canonical order of the cells, then the rest.
        foreach (var cell in Cells(cellFeatures.Select(Pool.Normalise).ToList(), values))
        {
            for (var k = 0; k < recipe.AtLeastPerCell; k++)
            {
                volunteers.Add(NewVolunteer(cell));
            }
        }

        while (volunteers.Count < recipe.Size)
        {
            volunteers.Add(NewVolunteer(new Dictionary<string, string>(StringComparer.Ordinal)));
        }

        return new Pool(features, volunteers);

        Volunteer NewVolunteer(IReadOnlyDictionary<string, string> fixedValues)
        {
            string id;
            do
            {
                id = NewId(generator);
            }
            while (!ids.Add(id));
            return new Volunteer(id, features.ToDictionary(f => f, f => fixedValues.TryGetValue(f, out var v) ? v : Weighted(values[f], generator), StringComparer.Ordinal));
        }
    }

    /// <summary>Every combination of the values of the cell criteria, in canonical order.</summary>
    private static IEnumerable<IReadOnlyDictionary<string, string>> Cells(List<string> cellFeatures, Dictionary<string, List<(string Value, int Weight)>> values)
    {
        if (cellFeatures.Count == 0)
        {
            return [];
        }

        IEnumerable<Dictionary<string, string>> cells = [new Dictionary<string, string>(StringComparer.Ordinal)];
        foreach (var feature in cellFeatures.OrderBy(f => f, Utf8Ordinal.Instance))
        {
            cells = cells.SelectMany(c => values[feature].Select(v => new Dictionary<string, string>(c, StringComparer.Ordinal) { [feature] = v.Value })).ToList();
        }

        return cells;
    }

    private static string Weighted(List<(string Value, int Weight)> values, HashCounterGenerator generator)
    {
        var ticket = generator.NextBelow(values.Sum(v => v.Weight));
        foreach (var (value, weight) in values)
        {
            if (ticket < weight)
            {
                return value;
            }

            ticket -= weight;
        }

        throw new InvalidOperationException("Unreachable: the ticket is below the sum of the weights.");
    }

    /// <summary>10 base32 characters, like the IDs the pool import gives, but from the recipe's generator.</summary>
    private static string NewId(HashCounterGenerator generator)
    {
        var id = new StringBuilder(10);
        for (var k = 0; k < 10; k++)
        {
            id.Append(Base32[generator.NextBelow(32)]);
        }

        return id.ToString();
    }
}
