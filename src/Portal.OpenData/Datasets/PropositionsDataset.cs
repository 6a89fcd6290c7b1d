using Portal.Processes.Content;
using static Portal.OpenData.Datasets.CommonFields;

namespace Portal.OpenData.Datasets;

/// <summary><c>propositions</c>: one row per published proposition, with the decision and the latest follow-up status.</summary>
internal static class PropositionsDataset
{
    public static Dataset Definition { get; } = new(
        "propositions",
        "Propositions des citoyens",
        "Une ligne par proposition publiée, avec son texte intégral, son vote, la décision de la réponse motivée publiée et l'état du dernier suivi publié.",
        [
            ProcessField,
            new("code", "Code", FieldType.String, "Code stable de la proposition dans sa démarche (« P-12 »).", Required: true) { Pattern = CodePattern },
            new("titre", "Titre", FieldType.String, "Titre de la proposition.", Required: true),
            new("texte", "Texte", FieldType.String, "Texte intégral (Markdown)."),
            new("theme", "Thème", FieldType.String, "Thème de la proposition."),
            new("ordre", "Ordre", FieldType.Integer, "Rang de la proposition dans l'avis.", Required: true),
            new("date_depot", "Date de dépôt", FieldType.Date, "Date à laquelle la proposition a été déposée, si connue."),
            new("type_auteur", "Type d'auteur", FieldType.String, "citoyen, organisation ou gouvernement, si connu.") { Enum = [.. AuthorKinds.All.Select(k => k.Key)] },
            Count("votes_pour", "Votes pour", "Voix pour (en plénière ou en ligne)."),
            Count("votes_contre", "Votes contre", "Voix contre."),
            Count("votes_abstention", "Abstentions", "Abstentions."),
            Url("source", "Source", "Adresse où la proposition a été publiée d'abord."),
            new("decision", "Décision", FieldType.String, "Clé de la décision de la réponse motivée publiée (vocabulaire du site : retenue, retenue-partiellement, non-retenue, a-l-etude, hors-competence…) ; vide sans réponse publiée.") { Pattern = KeyPattern },
            new("decision_libelle", "Libellé de la décision", FieldType.String, "Libellé français de la décision."),
            new("etat_suivi", "État du suivi", FieldType.String, "Clé de l'état du dernier suivi publié (a-engager, en-cours, realisee, abandonnee…) ; vide sans suivi.") { Pattern = KeyPattern },
            new("etat_suivi_libelle", "Libellé de l'état du suivi", FieldType.String, "Libellé français de l'état du dernier suivi."),
            PublishedAt,
            ApprovedAt,
            Permalink("de la proposition"),
        ],
        ["demarche", "code"],
        (context, p) => p.Propositions.Select(x =>
        {
            var prop = x.Item.Content;
            var decision = x.Response?.Content.Decision;
            return new object?[]
            {
                p.Slug, prop.Code, prop.Title, Blank(prop.Text), Blank(prop.Theme), prop.Order, prop.SubmittedOn, prop.AuthorKind,
                prop.Vote?.For, prop.Vote?.Against, prop.Vote?.Abstention, Blank(prop.SourceUrl),
                decision, decision is null ? null : context.Site.DecisionLabel(decision),
                x.LatestStatus, x.LatestStatus is null ? null : context.Site.FollowUpStatusLabel(x.LatestStatus),
                x.Item.PublishedUtc, x.Item.ApprovedUtc, context.PropositionUrl(p, prop.Code),
            };
        }));
}
