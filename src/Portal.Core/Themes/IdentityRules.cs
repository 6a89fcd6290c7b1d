using Portal.Core.Text;

namespace Portal.Core.Themes;

/// <summary>One refusal of an identity: the field at fault (a JSON path under the identity, e.g. <c>headerLinks[1].href</c>) and the French message.</summary>
public sealed record IdentityProblem(string Field, string Message);

/// <summary>What an identity must be, checked alike at save in the back office and in a recipe.</summary>
public static class IdentityRules
{
    public const int MaxLinks = 8;

    public static IReadOnlyList<IdentityProblem> Problems(SiteIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var problems = new List<IdentityProblem>();
        void Check(string field, string? message)
        {
            if (message is not null)
            {
                problems.Add(new IdentityProblem(field, message));
            }
        }

        Check("organisationName", string.IsNullOrWhiteSpace(identity.OrganisationName) ? "Nom de l'organisation : indiquez le nom de l'organisme qui publie le portail." : null);
        Check("primaryColour", ColourContrast.Problem("Couleur principale", identity.PrimaryColour));
        Check("accentColour", ColourContrast.Problem("Couleur d'accentuation", identity.AccentColour));
        if (identity.Logo is { } logo)
        {
            Check("logo.url", WebAddresses.IsSitePath(logo.Url) ? null : $"Logo : « {logo.Url} » n'est pas une adresse de ce site (elle commence par « / »).");
            Check("logo.alt", string.IsNullOrWhiteSpace(logo.Alt) ? "Logo : écrivez son texte alternatif (le nom de l'organisation tel que le logo l'écrit)." : null);
        }

        Links("headerLinks", "Liens de l'en-tête", identity.HeaderLinks, problems);
        Links("footerLinks", "Liens du pied de page", identity.FooterLinks, problems);
        var email = identity.Contact.Email;
        Check("contact.email", email.Length == 0 || (email.Contains('@', StringComparison.Ordinal) && !email.Contains(' ', StringComparison.Ordinal))
            ? null : $"Contact : « {email} » n'est pas une adresse électronique.");
        return problems;
    }

    private static void Links(string field, string label, IReadOnlyList<IdentityLink> links, List<IdentityProblem> problems)
    {
        if (links.Count > MaxLinks)
        {
            problems.Add(new(field, $"{label} : {MaxLinks} liens au plus ({links.Count} donnés)."));
        }

        for (var i = 0; i < links.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(links[i].Text))
            {
                problems.Add(new($"{field}[{i}].text", $"{label}, lien n° {i + 1} : écrivez son intitulé."));
            }

            if (!WebAddresses.IsSitePath(links[i].Href) && !(WebAddresses.IsAbsolute(links[i].Href) && links[i].Href.StartsWith("https://", StringComparison.Ordinal)))
            {
                problems.Add(new($"{field}[{i}].href", $"{label}, lien n° {i + 1} : « {links[i].Href} » n'est ni une adresse de ce site (« /… ») ni une adresse https://."));
            }
        }
    }
}
