using Microsoft.EntityFrameworkCore;
using Portal.Admin;
using Portal.Admin.Extensions;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Site.Accessibility;

namespace Portal.Site.BackOffice;

/// <summary>
/// The site's own pages on the back-office home: the accessibility statement and every free page (legal notice,
/// personal data, about…), each with the state of its latest version and a link to edit it through the workflow.
/// </summary>
internal sealed class SitePagesPanel(PortalDbContext db, ContentTypeRegistry types, VersionStatuses statuses) : IAdminPanel
{
    public async Task<AdminPanel?> BuildAsync(AdminPanelContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Place != AdminPanelPlace.Home)
        {
            return null;
        }

        var pageType = types.NameOf<FreePage>();
        var statementType = types.NameOf<AccessibilityStatement>();
        var pages = await db.ContentItemVersions.AsNoTracking()
            .Where(v => (v.ContentType == pageType || v.ContentType == statementType) && v.Latest)
            .OrderBy(v => v.ContentType == statementType ? 0 : 1).ThenBy(v => v.DisplayText)
            .ToListAsync(cancellationToken);
        return new AdminPanel("_SitePages", new SitePagesRows(pages, await statuses.OfAsync(pages, cancellationToken), pageType, statementType), Order: 60);
    }
}

/// <summary>The site's pages listed on the back-office home, with their states read once.</summary>
public sealed record SitePagesRows(IReadOnlyList<ContentItemVersion> Pages, VersionStatusBoard Statuses, string PageType, string StatementType);
