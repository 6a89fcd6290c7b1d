using System.Net.Mail;
using Portal.Core.Content;
using Portal.Core.Settings;
using Portal.Core.Text;

namespace Portal.Site.Accessibility;

/// <summary>What a statement must say to be one: a known level, a rate between 0 and 100, working addresses, a way to reach someone.</summary>
public static class AccessibilityRules
{
    public static void Check(AccessibilityStatement statement, Action<string, string> report)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(report);
        if (string.IsNullOrWhiteSpace(statement.Entity))
        {
            report("entity", "indiquez l'organisme qui publie le site");
        }

        if (ConformityLevels.Terms.All(t => t.Key != statement.Conformity))
        {
            report("conformity", "choisissez « non conforme », « partiellement conforme » ou « totalement conforme »");
        }

        if (statement.ConformityRate is < 0 or > 100)
        {
            report("conformityRate", "le taux de conformité est un pourcentage entre 0 et 100");
        }

        if (statement.Conformity != ConformityLevels.None && statement.AuditDate is null)
        {
            report("auditDate", "une conformité partielle ou totale s'appuie sur un audit : indiquez sa date");
        }

        if (statement.ContactEmail is { Length: > 0 } email && !MailAddress.TryCreate(email, out _))
        {
            report("contactEmail", "l'adresse électronique n'est pas valide");
        }

        if (string.IsNullOrWhiteSpace(statement.ContactEmail) && string.IsNullOrWhiteSpace(statement.ContactPage) && string.IsNullOrWhiteSpace(statement.ContactAddress))
        {
            report("contactEmail", "donnez au moins un moyen de signaler un défaut d'accessibilité (adresse électronique, formulaire ou adresse postale)");
        }

        foreach (var (path, url) in new[] { ("contactPage", statement.ContactPage), ("multiYearPlanUrl", statement.MultiYearPlanUrl), ("actionPlanUrl", statement.ActionPlanUrl) })
        {
            if (url is { Length: > 0 } && !(WebAddresses.IsSitePath(url) || WebAddresses.IsAbsolute(url)))
            {
                report(path, "l'adresse commence par https:// (ou par / pour une page du portail)");
            }
        }
    }
}

/// <summary>Applies <see cref="AccessibilityRules"/> when a statement is saved from the back office.</summary>
internal sealed class AccessibilityStatementValidator : IContentValidator
{
    public IEnumerable<(string Path, string Message)> Validate(object content, SiteSettings settings)
    {
        var problems = new List<(string, string)>();
        if (content is AccessibilityStatement statement)
        {
            AccessibilityRules.Check(statement, (path, message) => problems.Add((path, message)));
        }

        return problems;
    }
}
