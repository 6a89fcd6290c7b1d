using Portal.Processes.Content;

namespace Portal.Processes.Public;

/// <summary>
/// The follow-up committee's fidelity grades against the organiser's decisions: how many propositions fall in each
/// pair (decision, grade), null standing for « no published response » or « no published assessment ».
/// </summary>
public sealed record GradeCrossTable(IReadOnlyDictionary<(string Decision, string Grade), int> Cells)
{
    /// <summary>The key a missing decision or grade takes in <see cref="Cells"/> and in the list's filter.</summary>
    public const string None = PropositionFilter.None;

    /// <summary>The grades in their order, then « no assessment »: the table's columns.</summary>
    public static IReadOnlyList<(string Key, string Label)> Columns { get; } =
        [.. FidelityGrades.All.Select(g => (g.Key, g.Label)), (None, "Pas d'appréciation publiée")];

    /// <summary>Propositions the committee assessed.</summary>
    public int Assessed => Cells.Where(c => c.Key.Grade != None).Sum(c => c.Value);

    public int Count(string decision, string grade) => Cells.GetValueOrDefault((decision, grade));

    /// <summary>Propositions with this decision (or <see cref="None"/>), whatever their grade.</summary>
    public int RowTotal(string decision) => Cells.Where(c => c.Key.Decision == decision).Sum(c => c.Value);

    public static GradeCrossTable Of(IEnumerable<PropositionSummary> propositions)
    {
        ArgumentNullException.ThrowIfNull(propositions);
        return new(propositions.GroupBy(p => (p.Decision ?? None, p.Grade ?? None)).ToDictionary(g => g.Key, g => g.Count()));
    }
}
