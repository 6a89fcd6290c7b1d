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
public sealed class ProcessModel(PortalDbContext db, AdminPanels panels, VersionStatuses statuses, IEnumerable<IReviewInbox> inboxes) : PageModel
{
    public string Id { get; private set; } = string.Empty;

    public ContentItemVersion Process { get; private set; } = null!;

    public IReadOnlyList<ContentItemVersion> Items { get; private set; } = [];

    public VersionStatusBoard Statuses { get; private set; } = VersionStatusBoard.StoreOnly;

    /// <summary>What other modules offer on this page (« soumettre tous les brouillons »…).</summary>
    public IReadOnlyList<AdminPanel> Panels { get; private set; } = [];

    public ProcessContentFilter Filter { get; private set; } = ProcessContentFilter.From(new Microsoft.AspNetCore.Http.QueryCollection());

    /// <summary>The items the filters keep (every item of the process but the process itself), before paging.</summary>
    public IReadOnlyList<ContentItemVersion> Matching { get; private set; } = [];

    /// <summary>The page of <see cref="Matching"/> shown.</summary>
    public IReadOnlyList<ContentItemVersion> Shown { get; private set; } = [];

    public int PageCount => Math.Max(1, (Matching.Count + ProcessContentFilter.PageSize - 1) / ProcessContentFilter.PageSize);

    /// <summary>Items with a published version, so that a newer draft reads « modifications non publiées ».</summary>
    public IReadOnlySet<string> PublishedIds { get; private set; } = new HashSet<string>();

    /// <summary>Whether a workflow offers « ce qui m'attend ».</summary>
    public bool HasInbox => inboxes.Any();

    public IReadOnlyList<string> Authors => [.. Items.Select(i => i.Author).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> Types => [.. Items.Where(i => i.ContentItemId != Id).Select(i => i.ContentType).Distinct(StringComparer.Ordinal)];

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
        PublishedIds = (await db.ContentItemVersions.AsNoTracking().Where(v => v.ProcessId == id && v.Published).Select(v => v.ContentItemId).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        Filter = ProcessContentFilter.From(Request.Query);
        var waiting = new HashSet<string>(StringComparer.Ordinal);
        if (Filter.Mine)
        {
            foreach (var inbox in inboxes)
            {
                waiting.UnionWith(await inbox.WaitingForAsync(User, cancellationToken));
            }
        }

        Matching = Filter.Apply(Items.Where(i => i.ContentItemId != id), Statuses, PublishedIds, waiting);
        Shown = [.. Matching.Skip((Math.Min(Filter.Page, PageCount) - 1) * ProcessContentFilter.PageSize).Take(ProcessContentFilter.PageSize)];
        Panels = await panels.ForAsync(new AdminPanelContext(AdminPanelPlace.Root, process, User, AdminPanels.Here(Request)), cancellationToken);
        return Page();
    }
}
