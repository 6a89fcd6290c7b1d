using static Portal.OpenData.Datasets.CommonFields;

namespace Portal.OpenData.Datasets;

/// <summary><c>intervenants</c>: one row per published speaker, as the process page shows them.</summary>
internal static class SpeakersDataset
{
    public static Dataset Definition { get; } = new(
        "intervenants",
        "Intervenants",
        "Une ligne par intervenant ou expert entendu par les participants, tel que la page de la démarche le publie : qualité, organisation, sujet, qui l'a choisi, point de vue.",
        [
            ProcessField,
            new("rang", "Rang", FieldType.Integer, "Rang de l'intervenant dans la démarche (1 pour le premier).", Required: true) { Minimum = 1 },
            new("nom", "Nom", FieldType.String, "Nom de l'intervenant.", Required: true),
            new("qualite", "Qualité", FieldType.String, "Fonction ou titre."),
            new("organisation", "Organisation", FieldType.String, "Organisation de l'intervenant."),
            new("sujet", "Sujet", FieldType.String, "Sujet de l'intervention."),
            new("choisi_par", "Choisi par", FieldType.String, "Qui a choisi l'intervenant (pluralisme)."),
            new("point_de_vue", "Point de vue", FieldType.String, "Point de vue défendu."),
            new("date_seance", "Date de la séance", FieldType.Date, "Date de la séance."),
            new("seance", "Séance", FieldType.String, "Séance."),
            Url("support", "Support", "Adresse du support de l'intervention."),
            PublishedAt,
            Permalink("de la section « Intervenants » de la démarche"),
        ],
        ["demarche", "rang"],
        (context, p) => p.Speakers.Select((s, i) => new object?[]
        {
            p.Slug, i + 1, s.Content.Name, Blank(s.Content.Title), Blank(s.Content.Organisation), Blank(s.Content.Topic), Blank(s.Content.SelectedBy),
            Blank(s.Content.PointOfView), s.Content.SessionDate, Blank(s.Content.Session), Blank(s.Content.MaterialUrl), s.PublishedUtc,
            context.ProcessUrl(p, "intervenants"),
        }));
}
