using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Admin.Forms;
using Portal.Core.Content;
using Portal.Core.Identity;

namespace Portal.Admin.Pages.Admin.Contenu;

/// <summary>
/// Every version of an item (who, when, status), a field diff between any two, and restore as a new draft: read by
/// those who edit or review the item's process, restored by those who edit it.
/// </summary>
[Authorize(Policy = Permissions.AccessBackOffice)]
public sealed class HistoryModel(ContentStore store, IAuthorizationService authorization, VersionStatuses statuses) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true, Name = "de")]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "a")]
    public int? To { get; set; }

    public IReadOnlyList<ContentItemVersion> Versions { get; private set; } = [];

    public IReadOnlyList<FieldChange>? Changes { get; private set; }

    public VersionStatusBoard Statuses { get; private set; } = VersionStatusBoard.StoreOnly;

    public bool CanRestore { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Versions = await store.GetVersionsAsync(Id, cancellationToken);
        if (Versions.Count == 0)
        {
            return NotFound();
        }

        if (!await authorization.MayAsync(User, Versions[^1].ProcessId, ProcessOperations.Read))
        {
            return Forbid();
        }

        Statuses = await statuses.OfAsync(Versions, cancellationToken);
        CanRestore = await MayRestoreAsync(Versions[^1]);
        var from = Versions.FirstOrDefault(v => v.Version == From);
        var to = Versions.FirstOrDefault(v => v.Version == (To ?? Versions[^1].Version));
        if (from is not null && to is not null)
        {
            Changes = VersionDiff.Compare(JsonNode.Parse(from.Data), JsonNode.Parse(to.Data));
        }

        return Page();
    }

    /// <summary>Restore never rewrites history: the old content becomes the next draft.</summary>
    public async Task<IActionResult> OnPostRestoreAsync(int version, CancellationToken cancellationToken)
    {
        var versions = await store.GetVersionsAsync(Id, cancellationToken);
        var source = versions.FirstOrDefault(v => v.Version == version);
        var latest = versions.LastOrDefault();
        if (source is null || latest is null)
        {
            return NotFound();
        }

        if (!await MayRestoreAsync(latest))
        {
            return Forbid();
        }

        var result = await store.SaveDraftAsync(Id, store.Read(source), User.Identity?.Name ?? "inconnu", latest.ConcurrencyStamp, cancellationToken);
        if (!result.Succeeded)
        {
            return Redirect($"/admin/contenu/historique?id={Uri.EscapeDataString(Id)}&conflit=1");
        }

        return Redirect($"/admin/contenu/historique?id={Uri.EscapeDataString(Id)}&restaure={version}");
    }

    /// <summary>Restoring writes a draft: the edit permission, and this item's process among those the person edits.</summary>
    private async Task<bool> MayRestoreAsync(ContentItemVersion latest) =>
        (await authorization.AuthorizeAsync(User, Permissions.EditContent)).Succeeded && await authorization.MayAsync(User, latest.ProcessId, ProcessOperations.Edit);
}
