using Portal.Processes.Public;
using static Portal.OpenData.Datasets.CommonFields;

namespace Portal.OpenData.Datasets;

/// <summary><c>demarches</c>: one row per published process.</summary>
internal static class ProcessesDataset
{
    public static Dataset Definition(Func<DateOnly> today) => new(
        "demarches",
        "Démarches de participation",
        "Une ligne par démarche publiée : son objet, son organisateur, ses dates, sa phase et le nombre de propositions et de réponses publiées.",
        [
            new("identifiant", "Identifiant", FieldType.String, "Adresse (slug) de la démarche, identifiant stable.", Required: true) { Pattern = SlugPattern },
            new("titre", "Titre", FieldType.String, "Titre de la démarche.", Required: true),
            new("resume", "Résumé", FieldType.String, "Résumé de la démarche."),
            new("organisateur", "Organisateur", FieldType.String, "Organisme qui conduit la démarche.", Required: true),
            new("territoire", "Territoire", FieldType.String, "Territoire concerné."),
            new("themes", "Thèmes", FieldType.String, "Thèmes, séparés par « | »."),
            new("date_debut", "Date de début", FieldType.Date, "Premier jour de la démarche.", Required: true),
            new("date_fin", "Date de fin", FieldType.Date, "Dernier jour de la démarche ; vide si elle n'est pas fixée."),
            new("phase", "Phase", FieldType.String, "a-venir, en-cours, terminee, ou suivi (des réponses sont publiées), au jour de la génération.", Required: true)
            {
                Enum = [.. Enum.GetValues<ProcessPhase>().Select(p => p.Key())],
            },
            new("demonstration", "Démonstration", FieldType.Boolean, "true pour un contenu fictif de démonstration.", Required: true),
            new("objet", "Objet", FieldType.String, "Objet de la démarche (fiche d'identité)."),
            new("question", "Question posée", FieldType.String, "Question posée aux citoyens."),
            new("modalites", "Modalités", FieldType.String, "Modalités de participation, séparées par « | »."),
            new("methode_selection", "Méthode de sélection du panel", FieldType.String, "Comment le panel a été formé."),
            Count("nombre_propositions", "Nombre de propositions", "Propositions publiées.", required: true),
            Count("nombre_reponses", "Nombre de réponses", "Réponses motivées publiées.", required: true),
            new("date_remise_avis", "Date de remise de l'avis", FieldType.Date, "Date à laquelle l'avis des citoyens a été remis."),
            PublishedAt,
            Permalink("de la démarche"),
        ],
        ["identifiant"],
        (context, p) =>
        {
            var d = p.Root.Content;
            var phase = ProcessPhases.Of(d.StartDate, d.EndDate, p.Propositions.Any(x => x.Response is not null), today());
            object?[] row =
            [
                d.Slug, d.Title, Blank(d.Summary), d.Organiser, Blank(d.Territory), Join(d.Themes), d.StartDate, d.EndDate, phase.Key(), d.IsDemo,
                Blank(p.Fiche?.Content.Objet), Blank(p.Fiche?.Content.Question), Join(p.Fiche?.Content.Modalities ?? []),
                Blank(p.Panel?.Content.SelectionMethod), p.Propositions.Count, p.Propositions.Count(x => x.Response is not null),
                p.Opinion?.Content.HandOverDate, p.Root.PublishedUtc, context.ProcessUrl(p),
            ];
            return [row];
        });
}
