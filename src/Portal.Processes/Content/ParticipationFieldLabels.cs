using Portal.Core.Content;

namespace Portal.Processes.Content;

/// <summary>French labels of the « Participer » fields of a process.</summary>
internal static class ParticipationFieldLabels
{
    public static FieldLabelSet Set { get; } = new(
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["participation"] = "Participer (tant que la démarche est à venir ou en cours)",
            ["eligibility"] = "Qui peut participer", ["howToTakePart"] = "Comment participer",
            ["registrationUrl"] = "Adresse du formulaire d'inscription", ["registrationContact"] = "S'inscrire auprès de (courriel, téléphone ou adresse postale)",
            ["platformUrl"] = "Adresse de la plateforme en ligne", ["meetings"] = "Rencontres (lieux et dates)", ["place"] = "Lieu", ["time"] = "Horaires",
            ["registrationOpens"] = "Ouverture des inscriptions", ["registrationDeadline"] = "Date limite d'inscription",
            ["childcare"] = "Garde d'enfants", ["accessibilityArrangements"] = "Accessibilité (aménagements proposés)",
            ["resultsAt"] = "Où paraîtront les résultats (une fois la participation close)",
        },
        ["eligibility", "howToTakePart", "childcare", "accessibilityArrangements", "resultsAt"]);
}
