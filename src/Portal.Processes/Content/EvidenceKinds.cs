using Portal.Core.Settings;

namespace Portal.Processes.Content;

/// <summary>The kinds of evidence a follow-up may cite: a fixed vocabulary (keys stored, labels shown).</summary>
public static class EvidenceKinds
{
    public const string Deliberation = "deliberation";
    public const string BudgetLine = "ligne-budgetaire";
    public const string Link = "lien";

    public static readonly IReadOnlyList<VocabularyTerm> All =
    [
        new(Deliberation, "Délibération"),
        new("arrete", "Arrêté"),
        new("decret", "Décret"),
        new(BudgetLine, "Ligne budgétaire"),
        new("marche", "Marché public"),
        new("rapport", "Rapport"),
        new(Link, "Autre lien"),
    ];

    public static string Label(string? kind) => All.FirstOrDefault(k => k.Key == (kind ?? Link))?.Label ?? "Autre lien";

    public static bool IsKnown(string? kind) => kind is null || All.Any(k => k.Key == kind);
}
