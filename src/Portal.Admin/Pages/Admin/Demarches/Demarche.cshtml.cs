using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Identity;

namespace Portal.Admin.Pages.Admin.Demarches;

/// <summary>One process in the back office: every item of it with its latest status, and what to edit or add.</summary>
[Authorize(Policy = Permissions.AccessBackOffice)]
public sealed class DemarcheModel(PortalDbContext db) : PageModel
{
    public string Id { get; private set; } = string.Empty;

    public ContentItemVersion Process { get; private set; } = null!;

    public IReadOnlyList<ContentItemVersion> Items { get; private set; } = [];

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
        return Page();
    }
}
