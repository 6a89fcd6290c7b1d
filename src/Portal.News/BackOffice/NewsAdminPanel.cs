using Microsoft.EntityFrameworkCore;
using Portal.Admin;
using Portal.Admin.Extensions;
using Portal.Core.Content;
using Portal.Core.Data;

namespace Portal.News.BackOffice;

/// <summary>
/// Where editors find the news: every item on the back-office home, a process's own on its page, each with the state of
/// its latest version, a link to edit it through the workflow and one to write a new item.
/// </summary>
internal sealed class NewsAdminPanel(PortalDbContext db, ContentTypeRegistry types, VersionStatuses statuses) : IAdminPanel
{
    public async Task<AdminPanel?> BuildAsync(AdminPanelContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        string? processId = null;
        if (context.Place == AdminPanelPlace.Root)
        {
            processId = context.Item?.ContentItemId;
        }
        else if (context.Place != AdminPanelPlace.Home)
        {
            return null;
        }

        var type = types.NameOf<NewsItem>();
        var query = db.ContentItemVersions.AsNoTracking().Where(v => v.ContentType == type && v.Latest);
        if (processId is not null)
        {
            query = query.Where(v => v.ProcessId == processId);
        }

        var items = await query.OrderByDescending(v => v.ModifiedUtc).ToListAsync(cancellationToken);
        var create = $"/admin/contenu/modifier?type={Uri.EscapeDataString(type)}" + (processId is null ? string.Empty : $"&process={Uri.EscapeDataString(processId)}");
        return new AdminPanel("_NewsAdmin", new NewsAdminRows(items, await statuses.OfAsync(items, cancellationToken), create, processId is not null), Order: 55);
    }
}

/// <summary>The news listed in the back office, their states read once, and the address that writes a new one.</summary>
public sealed record NewsAdminRows(IReadOnlyList<ContentItemVersion> Items, VersionStatusBoard Statuses, string CreateUrl, bool OfProcess);
