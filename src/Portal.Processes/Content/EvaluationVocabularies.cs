using Portal.Core.Settings;

namespace Portal.Processes.Content;

/// <summary>The four dimensions of an evaluation (CIPC guide, fiche 4), in the guide's order.</summary>
public static class EvaluationDimensions
{
    public static readonly IReadOnlyList<VocabularyTerm> All =
    [
        new("pertinence", "Pertinence et valeur ajoutée"),
        new("organisation", "Qualité de l'organisation"),
        new("pratiques-administration", "Impact sur les pratiques de l'administration"),
        new("regard-citoyens", "Impact sur le regard des citoyens sur l'action publique"),
    ];

    public static bool IsKnown(string? key) => All.Any(k => k.Key == key);

    public static string Label(string key) => All.FirstOrDefault(k => k.Key == key)?.Label ?? key;

    public static int Rank(string key)
    {
        var rank = All.ToList().FindIndex(k => k.Key == key);
        return rank < 0 ? All.Count : rank;
    }
}

/// <summary>Who evaluated the process.</summary>
public static class EvaluatorKinds
{
    public static readonly IReadOnlyList<VocabularyTerm> All =
    [
        new("interne", "Évaluation interne"),
        new("externe", "Évaluation externe"),
        new("independant", "Évaluation indépendante"),
    ];

    public static bool IsKnown(string? key) => All.Any(k => k.Key == key);

    public static string Label(string key) => All.FirstOrDefault(k => k.Key == key)?.Label ?? key;
}
