using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Public;

namespace Portal.Site.Accessibility;

/// <summary>
/// The mentions the law asks on every page of a public body's site: « Accessibilité : … conforme » (from the
/// published statement), the legal notice and the personal-data page (free pages, when published), the site map.
/// </summary>
internal sealed class LegalFooterLinks(AccessibilityStatements statements, PortalDbContext db) : IFooterLinkSource
{
    public const string LegalNoticeSlug = "mentions-legales";
    public const string PersonalDataSlug = "donnees-personnelles";

    public async Task<IReadOnlyList<FooterLink>> LinksAsync(CancellationToken cancellationToken)
    {
        var statement = await statements.PublishedAsync(cancellationToken);
        var pages = await db.Set<PageIndex>().AsNoTracking()
            .Where(p => p.Slug == LegalNoticeSlug || p.Slug == PersonalDataSlug)
            .Select(p => p.Slug).ToListAsync(cancellationToken);
        var links = new List<FooterLink> { new($"Accessibilité : {ConformityLevels.LabelOf(statement?.Conformity)}", "/accessibilite", 10) };
        if (pages.Contains(LegalNoticeSlug))
        {
            links.Add(new FooterLink("Mentions légales", "/pages/" + LegalNoticeSlug, 20));
        }

        if (pages.Contains(PersonalDataSlug))
        {
            links.Add(new FooterLink("Données personnelles", "/pages/" + PersonalDataSlug, 30));
        }

        links.Add(new FooterLink("Plan du site", "/plan-du-site", 40));
        return links;
    }
}
