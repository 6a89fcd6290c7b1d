using Portal.Processes.Content;
using static Portal.OpenData.Datasets.CommonFields;

namespace Portal.OpenData.Datasets;

/// <summary><c>suivis</c>: one row per published follow-up update.</summary>
internal static class FollowUpsDataset
{
    public static Dataset Definition { get; } = new(
        "suivis",
        "Suivi des réponses",
        "Une ligne par point de suivi publié : où en est la mise en œuvre d'une réponse, à une date, avec ses preuves.",
        [
            ProcessField,
            PropositionCode,
            new("rang", "Rang", FieldType.Integer, "Rang du suivi parmi ceux de la proposition, du plus ancien (1) au plus récent.", Required: true) { Minimum = 1 },
            new("date", "Date", FieldType.Date, "Date du point de suivi.", Required: true),
            new("etat", "État", FieldType.String, "Clé de l'état de mise en œuvre (vocabulaire du site).", Required: true) { Pattern = KeyPattern },
            new("etat_libelle", "Libellé de l'état", FieldType.String, "Libellé français de l'état.", Required: true),
            new("avancement", "Avancement", FieldType.String, "Texte intégral de l'avancement (Markdown).", Required: true),
            new("preuves", "Preuves", FieldType.String, "Preuves : « titre <adresse> », séparées par « | »."),
            PublishedAt,
            ApprovedAt,
            Permalink("de la proposition suivie"),
        ],
        ["demarche", "proposition", "rang"],
        (context, p) => p.Propositions.SelectMany(x => x.FollowUps.Select((f, i) => new object?[]
        {
            p.Slug, x.Code, i + 1, f.Content.Date, f.Content.Status, context.Site.FollowUpStatusLabel(f.Content.Status), f.Content.Progress,
            Join(f.Content.Evidence.Select(e => $"{e.Title} <{e.Url}>")), f.PublishedUtc, f.ApprovedUtc, context.PropositionUrl(p, x.Code),
        })));
}
