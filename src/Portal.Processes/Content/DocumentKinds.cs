using Portal.Core.Settings;

namespace Portal.Processes.Content;

/// <summary>The types of a process's documents, in the order the « Documents » section lists them (keys stored, labels shown).</summary>
public static class DocumentKinds
{
    public const string Deliberation = "deliberation";
    public const string MandateLetter = "lettre-de-mission";
    public const string CitizensReport = "avis-citoyen";
    public const string EvaluationReport = "rapport-evaluation";
    public const string Other = "autre";

    /// <summary>Each type with its label and the heading of its group on the page.</summary>
    public static readonly IReadOnlyList<(string Key, string Label, string Heading)> Types =
    [
        (Deliberation, "Délibération", "Délibérations"),
        (MandateLetter, "Lettre de mission", "Lettres de mission"),
        (CitizensReport, "Rapport citoyen ou avis", "Rapports citoyens et avis"),
        ("compte-rendu-pleniere", "Compte rendu de séance plénière", "Comptes rendus des séances plénières"),
        ("rapport-garants", "Rapport des garants", "Rapports des garants"),
        (EvaluationReport, "Rapport d'évaluation", "Rapports d'évaluation"),
        (Other, "Autre document", "Autres documents"),
    ];

    public static readonly IReadOnlyList<VocabularyTerm> All = [.. Types.Select(t => new VocabularyTerm(t.Key, t.Label))];

    public static bool IsKnown(string? key) => Types.Any(t => t.Key == key);

    public static string Label(string key) => Types.FirstOrDefault(t => t.Key == key).Label ?? key;

    public static string Heading(string key) => Types.FirstOrDefault(t => t.Key == key).Heading ?? key;

    /// <summary>The rank of a type in the section (unknown types last).</summary>
    public static int Rank(string key)
    {
        for (var i = 0; i < Types.Count; i++)
        {
            if (Types[i].Key == key)
            {
                return i;
            }
        }

        return Types.Count;
    }
}
