using Portal.Core.Content;
using Portal.Core.Settings;

namespace Portal.Site.Accessibility;

/// <summary>French labels of the statement's fields, in the words of the DINUM's model statement.</summary>
internal static class AccessibilityFieldLabels
{
    public static readonly FieldLabelSet Set = new(
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["entity"] = "Organisme qui publie le site",
            ["conformity"] = "État de conformité",
            ["establishedOn"] = "Déclaration établie le",
            ["conformityRate"] = "Taux de conformité (%)",
            ["auditDate"] = "Date de l'audit",
            ["auditor"] = "Audit réalisé par",
            ["technologies"] = "Technologies utilisées (une par ligne)",
            ["testTools"] = "Outils et environnements de test (un par ligne)",
            ["pagesTested"] = "Pages ayant fait l'objet de la vérification (une par ligne)",
            ["nonCompliantContent"] = "Contenus non conformes",
            ["derogations"] = "Dérogations pour charge disproportionnée",
            ["exemptContent"] = "Contenus non soumis à l'obligation d'accessibilité",
            ["contactEmail"] = "Adresse électronique de contact",
            ["contactPage"] = "Formulaire de contact (adresse)",
            ["contactAddress"] = "Adresse postale de contact",
            ["multiYearPlanUrl"] = "Schéma pluriannuel (adresse)",
            ["actionPlanUrl"] = "Plan d'action de l'année (adresse)",
        },
        ["nonCompliantContent", "derogations", "exemptContent"])
    {
        Choices = new Dictionary<string, Func<SiteSettings, IReadOnlyList<VocabularyTerm>>>(StringComparer.Ordinal)
        {
            ["conformity"] = _ => ConformityLevels.Terms,
        },
    };
}
