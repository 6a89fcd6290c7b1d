using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Settings;
using Portal.Core.Themes;
using Portal.Media;
using Portal.Media.Imaging;
using Portal.Media.Storage;

namespace Portal.Themes.Pages.Admin.Theme;

/// <summary>
/// The theme of the public site and the organiser's identity. A refused form (a colour too light, a link that is no
/// address) comes back as typed, with every problem named and linked to its field; nothing is stored until all is right.
/// </summary>
[Authorize(Policy = ThemesPermissions.ManageTheme)]
public sealed class ThemeModel(SiteSettingsStore settings, ThemeCatalogue catalogue, MediaLibrary media) : PageModel
{
    [BindProperty]
    public ThemeForm Form { get; set; } = new();

    public IReadOnlyList<ThemeDescriptor> Themes => catalogue.All;

    public IReadOnlyList<MediaItem> Images { get; private set; } = [];

    public IReadOnlyList<(string Id, string Message)> Errors { get; private set; } = [];

    public bool Saved { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var current = (await settings.GetAsync(cancellationToken)).Section<ThemeSettings>(ThemeSettings.Key);
        Form = ThemeForm.From(current);
        Images = await ImagesAsync(cancellationToken);
        Saved = Request.Query.ContainsKey("enregistre");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Images = await ImagesAsync(cancellationToken);
        var errors = new List<(string Id, string Message)>();
        if (catalogue.Find(Form.Theme ?? string.Empty) is null)
        {
            errors.Add(("theme-" + catalogue.All[0].Key, "Thème : choisissez l'un des thèmes proposés."));
        }

        var (headerLinks, headerErrors) = ThemeForm.ParseLinks(Form.HeaderLinks, "Liens de l'en-tête");
        var (footerLinks, footerErrors) = ThemeForm.ParseLinks(Form.FooterLinks, "Liens du pied de page");
        errors.AddRange(headerErrors.Select(e => ("header-links", e)));
        errors.AddRange(footerErrors.Select(e => ("footer-links", e)));
        SiteLogo? logo = null;
        if (!string.IsNullOrEmpty(Form.LogoMediaId))
        {
            var image = Images.FirstOrDefault(i => i.Id == Form.LogoMediaId);
            if (image is null)
            {
                errors.Add(("logo", "Logo : cette image n'est plus dans la médiathèque ; choisissez-en une autre."));
            }
            else
            {
                logo = new SiteLogo(MediaHtml.Url(image, ImageProfile.Thumbnail, "webp"), string.IsNullOrWhiteSpace(Form.LogoAlt) ? image.AltText : Form.LogoAlt.Trim(), image.Id);
            }
        }
        else if (!string.IsNullOrEmpty(Form.LogoUrl))
        {
            // A logo the site ships (set by a recipe) stays while no media image replaces it.
            logo = new SiteLogo(Form.LogoUrl, Form.LogoAlt?.Trim() ?? string.Empty);
        }

        var identity = new SiteIdentity
        {
            OrganisationName = Form.OrganisationName?.Trim() ?? string.Empty,
            Logo = logo,
            PrimaryColour = Form.PrimaryColour?.Trim() ?? string.Empty,
            AccentColour = Form.AccentColour?.Trim() ?? string.Empty,
            HeaderLinks = headerLinks,
            FooterLinks = footerLinks,
            Contact = new OrganiserContact(Form.ContactAddress?.Trim() ?? string.Empty, Form.ContactEmail?.Trim() ?? string.Empty, Form.ContactPhone?.Trim() ?? string.Empty),
        };
        errors.AddRange(IdentityRules.Problems(identity).Where(p => !p.Field.Contains("Links", StringComparison.Ordinal)).Select(p => (ThemeForm.FieldId(p.Field), p.Message)));
        if (errors.Count > 0)
        {
            Errors = errors;
            return Page();
        }

        await settings.SetSectionAsync(ThemeSettings.Key, new ThemeSettings { Theme = Form.Theme!, Identity = identity }, cancellationToken);
        return Redirect("/admin/theme?enregistre=1");
    }

    private async Task<IReadOnlyList<MediaItem>> ImagesAsync(CancellationToken cancellationToken) =>
        [.. (await media.ListAsync(cancellationToken)).Where(m => m.Kind == MediaKind.Image)];
}
