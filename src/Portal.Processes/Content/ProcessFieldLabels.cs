using Portal.Core.Content;
using Portal.Core.Settings;

namespace Portal.Processes.Content;

/// <summary>French labels of the fields of a process's records, for the back office's forms and diffs.</summary>
internal static class ProcessFieldLabels
{
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
            ["title"] = "Titre", ["slug"] = "Adresse (slug)", ["summary"] = "Résumé", ["organiser"] = "Organisateur",
            ["territory"] = "Territoire", ["themes"] = "Thèmes (un par ligne)", ["startDate"] = "Date de début",
            ["endDate"] = "Date de fin", ["isDemo"] = "Contenu de démonstration", ["objet"] = "Objet",
            ["question"] = "Question posée aux citoyens", ["contexte"] = "Contexte", ["finalite"] = "Finalité",
            ["modalities"] = "Modalités (une par ligne)", ["calendar"] = "Calendrier", ["name"] = "Nom", ["start"] = "Début",
            ["end"] = "Fin", ["description"] = "Description", ["participantProfile"] = "Profil des participants",
            ["commitments"] = "Engagements", ["governance"] = "Gouvernance", ["compensation"] = "Indemnisation",
            ["text"] = "Texte", ["documentUrl"] = "Adresse du document", ["documentTitle"] = "Titre du document",
            ["selectionMethod"] = "Méthode de sélection", ["panelSize"] = "Nombre de membres",
            ["substitutes"] = "Nombre de suppléants", ["criteria"] = "Critères", ["categories"] = "Catégories",
            ["label"] = "Libellé", ["target"] = "Objectif", ["achieved"] = "Atteint",
            ["referenceShare"] = "Part dans la population de référence (%)", ["poolSize"] = "Taille du vivier",
            ["notes"] = "Notes", ["organisation"] = "Organisation", ["topic"] = "Sujet", ["selectedBy"] = "Choisi par",
            ["pointOfView"] = "Point de vue", ["sessionDate"] = "Date de la séance", ["session"] = "Séance",
            ["materialUrl"] = "Adresse du support", ["order"] = "Ordre", ["synthesis"] = "Synthèse",
            ["reportUrl"] = "Adresse du rapport", ["handOverDate"] = "Date de remise", ["code"] = "Code", ["theme"] = "Thème",
            ["vote"] = "Votes (en plénière ou en ligne)", ["for"] = "Pour", ["against"] = "Contre", ["abstention"] = "Abstentions",
            ["decision"] = "Décision", ["motivation"] = "Motivation", ["bodyInCharge"] = "Instance chargée",
            ["deadline"] = "Échéance", ["date"] = "Date", ["status"] = "État", ["progress"] = "Avancement",
            ["evidence"] = "Preuves", ["url"] = "Adresse", ["submittedOn"] = "Date de dépôt",
            ["authorKind"] = "Type d'auteur", ["sourceUrl"] = "Adresse de la source",
            ["responseDelayMonths"] = "Délai de réponse promis (en mois)", ["referrals"] = "Saisines (quand l'avis a été remis en plusieurs fois)",
            ["key"] = "Clé", ["referral"] = "Saisine (clé)", ["respondedOn"] = "Date de la réponse",
            ["kind"] = "Type de référence", ["number"] = "Numéro", ["amount"] = "Montant (€)", ["year"] = "Année",
            ["engagement"] = "Engagement n° (rang dans la réponse, 1 pour le premier)", ["state"] = "État de l'engagement",
            ["grade"] = "Appréciation de fidélité", ["justification"] = "Justification",
            ["speakersChosenBy"] = "Qui a choisi les intervenants", ["documentType"] = "Type de document",
            ["mediaId"] = "Fichier de la médiathèque (identifiant)", ["format"] = "Format (document externe : pdf, docx, html…)",
            ["sizeBytes"] = "Taille en octets (document externe)", ["notAccessible"] = "Document non accessible (RGAA)",
            ["alternativeUrl"] = "Adresse de la version accessible", ["alternativeContact"] = "Contact pour obtenir une version accessible",
            ["speakerKind"] = "Type d'intervenant", ["position"] = "Position (courte, pour le décompte du pluralisme)",
            ["interests"] = "Déclaration d'intérêts (laisser vide si elle n'a pas été recueillie)", ["noneDeclared"] = "Aucun lien déclaré",
            ["links"] = "Liens déclarés", ["nature"] = "Nature du lien", ["evaluatorKind"] = "Évaluateur",
            ["evaluatorName"] = "Nom de l'évaluateur", ["method"] = "Méthode", ["ratingScale"] = "Échelle de notation (un niveau par ligne, du plus faible au plus fort)",
            ["dimensions"] = "Dimensions évaluées", ["dimension"] = "Dimension", ["findings"] = "Constats", ["rating"] = "Note (un niveau de l'échelle)",
            ["survey"] = "Questionnaire des participants (résultats agrégés)", ["value"] = "Valeur", ["respondents"] = "Nombre de répondants",
            ["unit"] = "Unité (% ou vide)", ["lessons"] = "Enseignements (un par ligne)",
            ["scaleMax"] = "Note maximale de l'échelle (de 0 à ce nombre)", ["scores"] = "Notes par thème", ["score"] = "Note",
            ["overall"] = "Note d'ensemble", ["comment"] = "Commentaire (court)",
    };

    /// <summary>The labels, the long texts, and the fields chosen from the site's vocabularies.</summary>
    public static FieldLabelSet Set => new(Labels, LongTexts)
    {
        Choices = new Dictionary<string, Func<SiteSettings, IReadOnlyList<VocabularyTerm>>>(StringComparer.Ordinal)
        {
            ["decision"] = site => site.DecisionVocabulary(),
            ["status"] = site => site.FollowUpStatusVocabulary(),
            ["authorKind"] = _ => AuthorKinds.All,
            ["kind"] = _ => EvidenceKinds.All,
            ["state"] = _ => CommitmentStatuses.All,
            ["grade"] = _ => FidelityGrades.All,
            ["documentType"] = _ => DocumentKinds.All,
            ["speakerKind"] = _ => SpeakerKinds.All,
            ["evaluatorKind"] = _ => EvaluatorKinds.All,
            ["dimension"] = _ => EvaluationDimensions.All,
        },
    };

    public static readonly string[] LongTexts = ["summary", "objet", "contexte", "finalite", "participantProfile", "governance", "compensation", "text", "notes", "synthesis", "motivation", "progress", "description", "justification", "method", "findings"];
}
