using Portal.Processes.Content;
using Portal.Processes.Public;
using static Portal.OpenData.Datasets.CommonFields;

namespace Portal.OpenData.Datasets;

/// <summary>
/// <c>evaluations</c>: one row per dimension of a published evaluation (the four of the CIPC guide), with who evaluated,
/// the rating on the organiser's own scale and the findings; and <c>evaluations-questionnaires</c>: the participants'
/// survey as the aggregates published, each with its number of respondents.
/// </summary>
internal static class EvaluationsDataset
{
    public static Dataset Definition { get; } = new(
        "evaluations",
        "Évaluations des démarches",
        "Une ligne par dimension évaluée (guide du CIPC, fiche 4 : pertinence et valeur ajoutée, qualité de l'organisation, impact sur les pratiques de l'administration, impact sur le regard des citoyens sur l'action publique) : l'évaluateur, la note sur l'échelle choisie par l'organisateur et les constats.",
        [
            ProcessField,
            new("dimension", "Dimension", FieldType.String, "Clé de la dimension évaluée.", Required: true) { Enum = [.. EvaluationDimensions.All.Select(d => d.Key)] },
            new("dimension_libelle", "Libellé de la dimension", FieldType.String, "Libellé français de la dimension.", Required: true),
            new("note", "Note", FieldType.String, "Niveau de l'échelle de notation attribué à la dimension."),
            new("echelle", "Échelle de notation", FieldType.String, "Niveaux de l'échelle choisie par l'organisateur, du plus faible au plus fort, séparés par « | »."),
            new("constats", "Constats", FieldType.String, "Constats de l'évaluation sur cette dimension (Markdown).", Required: true),
            new("evaluateur_type", "Type d'évaluateur", FieldType.String, "interne, externe ou independant.") { Enum = [.. EvaluatorKinds.All.Select(k => k.Key)] },
            new("evaluateur", "Évaluateur", FieldType.String, "Nom de l'évaluateur."),
            new("date_evaluation", "Date de l'évaluation", FieldType.Date, "Date de l'évaluation."),
            PublishedAt,
            ApprovedAt,
            Permalink("de la section « Évaluation » de la démarche"),
        ],
        ["demarche", "dimension"],
        (context, p) => p.Evaluation is not { } evaluation ? [] : EvaluationFigures.Dimensions(evaluation.Content).Select(d => new object?[]
        {
            p.Slug, d.Dimension, EvaluationDimensions.Label(d.Dimension), Blank(d.Rating), Join(evaluation.Content.RatingScale ?? []), d.Findings,
            evaluation.Content.EvaluatorKind, Blank(evaluation.Content.EvaluatorName), evaluation.Content.Date,
            evaluation.PublishedUtc, evaluation.ApprovedUtc, context.ProcessUrl(p, "evaluation"),
        }));

    public static Dataset Survey { get; } = new(
        "evaluations-questionnaires",
        "Questionnaires des participants",
        "Une ligne par résultat agrégé du questionnaire des participants publié avec l'évaluation (satisfaction, envie de participer à nouveau…), avec le nombre de répondants. Jamais de réponse individuelle.",
        [
            ProcessField,
            new("rang", "Rang", FieldType.Integer, "Rang du résultat dans l'évaluation (1 pour le premier).", Required: true) { Minimum = 1 },
            new("question", "Question", FieldType.String, "Ce que mesure le résultat.", Required: true),
            new("valeur", "Valeur", FieldType.Number, "Valeur agrégée.", Required: true),
            new("unite", "Unité", FieldType.String, "Unité de la valeur (« % » pour un pourcentage de répondants)."),
            Count("repondants", "Répondants", "Nombre de participants ayant répondu à la question.", required: true),
            PublishedAt,
            Permalink("de la section « Évaluation » de la démarche"),
        ],
        ["demarche", "rang"],
        (context, p) => p.Evaluation is not { } evaluation ? [] : (evaluation.Content.Survey ?? []).Select((s, i) => new object?[]
        {
            p.Slug, i + 1, s.Label, s.Value, Blank(s.Unit), s.Respondents, evaluation.PublishedUtc, context.ProcessUrl(p, "evaluation"),
        }));
}
