namespace Portal.Core.Settings;

/// <summary>Site-wide settings an administrator (or the setup recipe) chooses.</summary>
public sealed record SiteSettings
{
    public string SiteName { get; init; } = "Portail de la participation citoyenne";

    public string Tagline { get; init; } = "Ce que les citoyens ont proposé, ce qui en a été fait.";

    /// <summary>The body named on validation stamps (« Validé par le COPIL … »).</summary>
    public string CopilName { get; init; } = "comité de pilotage";

    /// <summary>The vocabulary of decisions an organiser can give in a réponse motivée.</summary>
    public IReadOnlyList<VocabularyTerm> Decisions { get; init; } = DefaultDecisions;

    /// <summary>Implementation statuses of follow-up updates.</summary>
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
}

/// <summary>One term of a configurable vocabulary: a stable key and its French label.</summary>
public sealed record VocabularyTerm(string Key, string Label);
