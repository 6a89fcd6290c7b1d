using Portal.Processes.Content;
using static Portal.OpenData.Datasets.CommonFields;

namespace Portal.OpenData.Datasets;

/// <summary><c>reponses</c>: one row per published motivated response.</summary>
internal static class ResponsesDataset
{
    public static Dataset Definition { get; } = new(
        "reponses",
        "Réponses motivées",
        "Une ligne par réponse motivée publiée : la décision de l'organisateur sur une proposition, sa motivation intégrale, l'instance chargée, les engagements et l'échéance.",
        [
            ProcessField,
            PropositionCode,
            new("decision", "Décision", FieldType.String, "Clé de la décision (vocabulaire du site).", Required: true) { Pattern = KeyPattern },
            new("decision_libelle", "Libellé de la décision", FieldType.String, "Libellé français de la décision.", Required: true),
            new("motivation", "Motivation", FieldType.String, "Motivation intégrale (Markdown).", Required: true),
            new("instance_chargee", "Instance chargée", FieldType.String, "Instance chargée de la réponse.", Required: true),
            new("engagements", "Engagements", FieldType.String, "Engagements pris, séparés par « | »."),
            new("echeance", "Échéance", FieldType.Date, "Échéance annoncée."),
            PublishedAt,
            ApprovedAt,
            Permalink("de la proposition à laquelle la réponse répond"),
        ],
        ["demarche", "proposition"],
        (context, p) => p.Propositions.Where(x => x.Response is not null).Select(x =>
        {
            var r = x.Response!.Content;
            return new object?[]
            {
                p.Slug, x.Code, r.Decision, context.Site.DecisionLabel(r.Decision), r.Motivation, r.BodyInCharge, Join(r.Commitments.Select(c => c.Text)), r.Deadline,
                x.Response.PublishedUtc, x.Response.ApprovedUtc, context.PropositionUrl(p, x.Code),
            };
        }));
}
