using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Admin;
using Portal.Admin.Extensions;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Identity;

namespace Portal.Processes.Pages.Admin.Demarches;

/// <summary>One process in the back office: every item of it with its latest status, what to edit or add, and other modules' blocks.</summary>
[Authorize(Policy = Permissions.AccessBackOffice)]
public sealed class ProcessModel(PortalDbContext db, AdminPanels panels, VersionStatuses statuses) : PageModel
{
    public string Id { get; private set; } = string.Empty;

    public ContentItemVersion Process { get; private set; } = null!;

    public IReadOnlyList<ContentItemVersion> Items { get; private set; } = [];

    public VersionStatusBoard Statuses { get; private set; } = VersionStatusBoard.StoreOnly;

    /// <summary>What other modules offer on this page (« soumettre tous les brouillons »…).</summary>
    public IReadOnlyList<AdminPanel> Panels { get; private set; } = [];

    public IEnumerable<ContentItemVersion> OfType(string type, string? container = null) =>
        Items.Where(i => i.ContentType == type && (container is null || i.ContainerId == container));

    public ContentItemVersion? Item(string id) => Items.FirstOrDefault(i => i.ContentItemId == id);

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Items = await db.ContentItemVersions.AsNoTracking()
            .Where(v => v.ProcessId == id && v.Latest)
            .OrderBy(v => v.ContentItemId)
            .ToListAsync(cancellationToken);
        var process = Items.FirstOrDefault(i => i.ContentItemId == id);
        if (process is null)
        {
            return NotFound();
        }

        Id = id;
        Process = process;
        Statuses = await statuses.OfAsync(Items, cancellationToken);
        Panels = await panels.ForAsync(new AdminPanelContext(AdminPanelPlace.Root, process, User, AdminPanels.Here(Request)), cancellationToken);
        return Page();
    }
}
