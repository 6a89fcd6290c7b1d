using Portal.Core.Themes;

namespace Portal.Themes.Pages.Admin.Theme;

/// <summary>The theme page's fields, as typed (links one per line: « Intitulé | adresse »).</summary>
public sealed class ThemeForm
{
    public string? Theme { get; set; }

    public string? OrganisationName { get; set; }

    public string? LogoMediaId { get; set; }

    public string? LogoUrl { get; set; }

    public string? LogoAlt { get; set; }

    public string? PrimaryColour { get; set; }

    public string? AccentColour { get; set; }

    public string? HeaderLinks { get; set; }

    public string? FooterLinks { get; set; }

    public string? ContactAddress { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }

    public static ThemeForm From(ThemeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var identity = settings.Identity;
        return new ThemeForm
        {
            Theme = settings.Theme,
            OrganisationName = identity.OrganisationName,
            LogoMediaId = identity.Logo?.MediaId,
            LogoUrl = identity.Logo is { MediaId: null } shipped ? shipped.Url : null,
            LogoAlt = identity.Logo?.Alt,
            PrimaryColour = identity.PrimaryColour,
            AccentColour = identity.AccentColour,
            HeaderLinks = string.Join('\n', identity.HeaderLinks.Select(l => $"{l.Text} | {l.Href}")),
            FooterLinks = string.Join('\n', identity.FooterLinks.Select(l => $"{l.Text} | {l.Href}")),
            ContactAddress = identity.Contact.Address,
            ContactEmail = identity.Contact.Email,
            ContactPhone = identity.Contact.Phone,
        };
    }

    /// <summary>The links of a text area, and a French message per line that is not « Intitulé | adresse » or breaks the rules.</summary>
    public static (IReadOnlyList<IdentityLink> Links, IReadOnlyList<string> Errors) ParseLinks(string? text, string label)
    {
        var links = new List<IdentityLink>();
        var errors = new List<string>();
        var lines = (text ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var (line, index) in lines.Select((l, i) => (l, i)))
        {
            var bar = line.LastIndexOf('|');
            if (bar < 0)
            {
                errors.Add($"{label}, ligne {index + 1} : écrivez « Intitulé | adresse » (une barre verticale entre les deux).");
                continue;
            }

            links.Add(new IdentityLink(line[..bar].Trim(), line[(bar + 1)..].Trim()));
        }

        errors.AddRange(IdentityRules.Problems(new SiteIdentity { OrganisationName = "-", HeaderLinks = links })
            .Where(p => p.Field.StartsWith("headerLinks", StringComparison.Ordinal))
            .Select(p => p.Message.Replace("Liens de l'en-tête", label, StringComparison.Ordinal)));
        return (links, errors);
    }

    /// <summary>The id of the form's field an identity rule names.</summary>
    public static string FieldId(string field) => field switch
    {
        "organisationName" => "organisation-name",
        "primaryColour" => "primary-colour",
        "accentColour" => "accent-colour",
        "logo.url" or "logo.alt" => "logo-alt",
        "contact.email" => "contact-email",
        _ => "organisation-name",
    };
}
