using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;

namespace Portal.Site.Accessibility;

/// <summary>
/// The site's statement, as published (the public never sees a draft of it). The recipe writes it as
/// <see cref="ItemId"/>; one written in the back office has its own id: the latest one published is the statement.
/// </summary>
public sealed class AccessibilityStatements(PortalDbContext db, ContentStore store)
{
    public const string ItemId = "declaration-accessibilite";

    public async Task<AccessibilityStatement?> PublishedAsync(CancellationToken cancellationToken)
    {
        var type = store.Types.NameOf<AccessibilityStatement>();
        var version = await db.ContentItemVersions.AsNoTracking()
            .Where(v => v.ContentType == type && v.Published)
            .OrderByDescending(v => v.PublishedUtc).ThenByDescending(v => v.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return version is null ? null : store.Read<AccessibilityStatement>(version);
    }
}
