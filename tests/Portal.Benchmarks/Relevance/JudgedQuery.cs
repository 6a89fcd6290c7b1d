using System.Globalization;

namespace Portal.Benchmarks.Relevance;

/// <summary>One evaluation query and its graded judgments (document id → 0, 1 or 2).</summary>
internal sealed record JudgedQuery(string Id, string Text, IReadOnlyDictionary<string, int> Grades);

internal static class JudgedQueries
{
    /// <summary>queries.tsv: <c>id TAB text</c>; judgments.tsv: <c>query id TAB document id TAB grade</c>; lines starting with # are comments.</summary>
    public static List<JudgedQuery> Read(string queriesFile, string judgmentsFile)
    {
        var grades = Lines(judgmentsFile).GroupBy(l => l[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, int>)g.ToDictionary(l => l[1], l => int.Parse(l[2], CultureInfo.InvariantCulture), StringComparer.Ordinal), StringComparer.Ordinal);
        return Lines(queriesFile).Select(l => new JudgedQuery(l[0], l[1], grades.GetValueOrDefault(l[0]) ?? new Dictionary<string, int>())).ToList();
    }

    private static IEnumerable<string[]> Lines(string file) =>
        File.ReadLines(file).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'));
}
