namespace Portal.Admin.Forms;

/// <summary>French labels of record fields, and which texts are long Markdown.</summary>
public static class FieldLabels
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["title"] = "Titre", ["slug"] = "Adresse (slug)", ["summary"] = "Résumé", ["organiser"] = "Organisateur",
        ["territory"] = "Territoire", ["themes"] = "Thèmes (un par ligne)", ["startDate"] = "Date de début", ["endDate"] = "Date de fin",
        ["isDemo"] = "Contenu de démonstration", ["objet"] = "Objet", ["question"] = "Question posée aux citoyens", ["contexte"] = "Contexte",
        ["finalite"] = "Finalité", ["modalities"] = "Modalités (une par ligne)", ["calendar"] = "Calendrier", ["name"] = "Nom",
        ["start"] = "Début", ["end"] = "Fin", ["description"] = "Description", ["participantProfile"] = "Profil des participants",
        ["commitments"] = "Engagements (un par ligne)", ["governance"] = "Gouvernance", ["compensation"] = "Indemnisation",
        ["text"] = "Texte", ["documentUrl"] = "Adresse du document", ["documentTitle"] = "Titre du document",
        ["drawId"] = "Identifiant du tirage", ["note"] = "Note de présentation",
        ["selectionMethod"] = "Méthode de sélection", ["panelSize"] = "Nombre de membres", ["substitutes"] = "Nombre de suppléants",
        ["criteria"] = "Critères", ["categories"] = "Catégories", ["label"] = "Libellé", ["target"] = "Objectif", ["achieved"] = "Atteint",
        ["referenceShare"] = "Part dans la population de référence (%)", ["poolSize"] = "Taille du vivier", ["notes"] = "Notes",
        ["organisation"] = "Organisation", ["topic"] = "Sujet", ["selectedBy"] = "Choisi par", ["pointOfView"] = "Point de vue",
        ["sessionDate"] = "Date de la séance", ["session"] = "Séance", ["materialUrl"] = "Adresse du support", ["order"] = "Ordre",
        ["synthesis"] = "Synthèse", ["reportUrl"] = "Adresse du rapport", ["handOverDate"] = "Date de remise", ["code"] = "Code",
        ["theme"] = "Thème", ["vote"] = "Vote en plénière", ["for"] = "Pour", ["against"] = "Contre", ["abstention"] = "Abstentions",
        ["decision"] = "Décision", ["motivation"] = "Motivation", ["bodyInCharge"] = "Instance chargée", ["deadline"] = "Échéance",
        ["date"] = "Date", ["status"] = "État", ["progress"] = "Avancement", ["evidence"] = "Preuves", ["url"] = "Adresse",
        ["body"] = "Contenu",
    };

    public static string For(string name) => Labels.TryGetValue(name, out var label) ? label : name;

    public static bool IsLongText(string name) => Portal.Core.Text.TextFields.IsLongText(name);

    /// <summary>A diff path in words: <c>calendar[0].name</c> gives « Calendrier n° 1 › Nom ».</summary>
    public static string ForPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return string.Join(" › ", path.Split('.').Select(segment =>
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            return bracket < 0 || !int.TryParse(segment[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture, out var index)
                ? For(segment)
                : $"{For(segment[..bracket])} n° {index + 1}";
        }));
    }
}
