using Microsoft.EntityFrameworkCore;
using Portal.Admin;
using Portal.Admin.Extensions;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Processes.Content;

namespace Portal.Processes.BackOffice;

/// <summary>The processes on the back-office home, each with the status of its latest version.</summary>
internal sealed class ProcessListPanel(PortalDbContext db, ContentTypeRegistry types, VersionStatuses statuses) : IAdminPanel
{
    public async Task<AdminPanel?> BuildAsync(AdminPanelContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Place != AdminPanelPlace.Home)
        {
            return null;
        }

        var processType = types.NameOf<Process>();
        var processes = await db.ContentItemVersions.AsNoTracking()
            .Where(v => v.ContentType == processType && v.Latest)
            .OrderByDescending(v => v.ModifiedUtc)
            .ToListAsync(cancellationToken);
        return new AdminPanel("_ProcessList", new ProcessListRows(processes, await statuses.OfAsync(processes, cancellationToken)), Order: 10);
    }
}

/// <summary>The processes listed on the back-office home, with their states read once.</summary>
public sealed record ProcessListRows(IReadOnlyList<ContentItemVersion> Processes, VersionStatusBoard Statuses);
