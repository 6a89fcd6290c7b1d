using Portal.Core.Settings;

namespace Portal.Processes.Content;

/// <summary>
/// The impact section's vocabularies, owned by the Processes module and stored as its own settings document
/// (<see cref="Key"/>): the decisions a réponse motivée can give and the statuses of a follow-up.
/// </summary>
public sealed record ImpactVocabularies
{
    public const string Key = "vocabulaires";

    public IReadOnlyList<VocabularyTerm> Decisions { get; init; } = DefaultDecisions;

    public IReadOnlyList<VocabularyTerm> FollowUpStatuses { get; init; } = DefaultFollowUpStatuses;

    public static readonly IReadOnlyList<VocabularyTerm> DefaultDecisions =
    [
        new("retenue", "Retenue"),
        new("retenue-partiellement", "Retenue partiellement"),
        new("non-retenue", "Non retenue"),
        new("a-l-etude", "À l'étude"),
        new("hors-competence", "Hors compétence"),
    ];

    public static readonly IReadOnlyList<VocabularyTerm> DefaultFollowUpStatuses =
    [
        new("a-engager", "À engager"),
        new("en-cours", "En cours"),
        new("realisee", "Réalisée"),
        new("abandonnee", "Abandonnée"),
    ];

    /// <summary>What is wrong with a vocabulary, in French (empty list: nothing); <paramref name="name"/> names it in messages.</summary>
    public static IReadOnlyList<string> Problems(string name, IReadOnlyList<VocabularyTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var problems = new List<string>();
        if (terms.Count == 0)
        {
            problems.Add($"{name} : le vocabulaire ne peut pas être vide.");
        }

        for (var i = 0; i < terms.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(terms[i].Key) || string.IsNullOrWhiteSpace(terms[i].Label))
            {
                problems.Add($"{name}, terme n° {i + 1} : chaque terme a une clé et un libellé.");
            }
            else if (!ProcessRules.SlugPattern().IsMatch(terms[i].Key))
            {
                problems.Add($"{name}, terme n° {i + 1} : la clé « {terms[i].Key} » ne peut contenir que des minuscules sans accent, des chiffres et des tirets.");
            }
        }

        problems.AddRange(terms.GroupBy(t => t.Key).Where(g => g.Count() > 1).Select(g => $"{name} : clé en double « {g.Key} »."));
        return problems;
    }
}
