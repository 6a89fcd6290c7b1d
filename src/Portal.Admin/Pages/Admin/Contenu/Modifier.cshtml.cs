using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Admin.Extensions;
using Portal.Admin.Forms;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Core.Settings;

namespace Portal.Admin.Pages.Admin.Contenu;

/// <summary>
/// Creates or edits any content item through a form generated from its record. Saving writes a
/// draft, never a publication; a stale form is refused with what changed, never silently applied.
/// </summary>
[Authorize(Policy = Permissions.EditContent)]
public sealed class EditModel(
    ContentStore store, SiteSettingsStore settings, IEnumerable<IContentValidator> validators, IEnumerable<IContentPlacement> placements, AdminPanels panels,
    VersionStatuses statuses, IAuthorizationService authorization, IEnumerable<IProcessOwnership> ownerships) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Process { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Container { get; set; }

    [BindProperty]
    public string? Stamp { get; set; }

    /// <summary>The owner (organisation) chosen for a new process.</summary>
    [BindProperty]
    public string? Owner { get; set; }

    /// <summary>For a new process: the owners this person may create it for (none when nobody owns processes).</summary>
    public NewProcessOwners Owners { get; private set; } = NewProcessOwners.Unowned;

    /// <summary>A process being created (its owner is chosen here).</summary>
    public bool IsNewProcess => IsNew && typeof(IProcessRoot).IsAssignableFrom(RecordType);

    public Type RecordType { get; private set; } = typeof(object);

    public JsonNode? Values { get; private set; }

    public List<FieldError> Errors { get; } = [];

    public IReadOnlyList<FieldChange>? Conflict { get; private set; }

    public ContentItemVersion? Latest { get; private set; }

    public bool IsNew => Latest is null;

    /// <summary>The latest version's state in words (the workflow's label when it follows the version).</summary>
    public string LatestState { get; private set; } = string.Empty;

    /// <summary>Whether a submission is open on the latest version: saving withdraws it.</summary>
    public bool LatestUnderReview { get; private set; }

    /// <summary>The site's settings: the vocabularies some fields are chosen from.</summary>
    public SiteSettings Site { get; private set; } = new();

    /// <summary>What other modules show about this item (its place in the validation workflow…); none for a new item.</summary>
    public IReadOnlyList<AdminPanel> Panels { get; private set; } = [];

    /// <summary>Comments on single fields from those panels (a reviewer's remarks when they sent the version back).</summary>
    public IReadOnlyDictionary<string, string> Remarks =>
        Panels.SelectMany(p => p.FieldRemarks).GroupBy(r => r.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);

    /// <summary>The back-office page of the root item (the process) this item belongs to; the site's pages are listed on the home page.</summary>
    public string RootPage => IsSiteContent ? "/admin#pages-du-site" : placements.AdminPageOfRoot(Process);

    /// <summary>A page of the site itself (free page, accessibility statement), outside any process.</summary>
    public bool IsSiteContent => typeof(ISiteContent).IsAssignableFrom(RecordType);

    /// <summary>Whether the page follows a successful save (the site's pages come back here, to their workflow panel).</summary>
    [BindProperty(SupportsGet = true, Name = "enregistre")]
    public int? SavedFlag { get; set; }

    public bool Saved => SavedFlag == 1;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!await MayEditAsync())
        {
            return Forbid();
        }

        Values = Latest is null ? null : JsonNode.Parse(Latest.Data);
        Stamp = Latest?.ConcurrencyStamp;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!await MayEditAsync())
        {
            return Forbid();
        }

        var (record, values, errors) = RecordFormBinder.Bind(RecordType, Request.Form);
        Values = values;
        Errors.AddRange(errors);
        if (record is not null)
        {
            Errors.AddRange(validators.SelectMany(v => v.Validate(record, Site)).Select(e => new FieldError(e.Path, e.Message)));
        }

        if (IsNewProcess && !Owners.Allows(Owner))
        {
            Errors.Add(new FieldError(string.Empty, "Choisissez, parmi les vôtres, l'organisation qui porte la démarche."));
        }

        if (Errors.Count > 0 || record is null)
        {
            return Page();
        }

        var author = User.Identity?.Name ?? "inconnu";
        var result = Latest is null
            ? await store.CreateAsync(NewItem(record, author), cancellationToken)
            : await store.SaveDraftAsync(Latest.ContentItemId, record, author, Stamp ?? string.Empty, cancellationToken);
        if (result.Outcome == ContentOutcome.Conflict)
        {
            // Show what the other person saved, keep this person's text, and let a second save apply it knowingly.
            await LoadAsync(cancellationToken);
            Conflict = Latest is null ? [] : VersionDiff.Compare(JsonNode.Parse(Latest.Data), values);
            Stamp = Latest?.ConcurrencyStamp;
            ModelState.Remove(nameof(Stamp));
            return Page();
        }

        if (result.Outcome == ContentOutcome.Busy)
        {
            // Another writer (an import) kept the database past the timeout: the text stays in the form.
            Errors.Add(new FieldError(string.Empty, DatabaseBusy.Message));
            Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status503ServiceUnavailable;
            return Page();
        }

        if (!result.Succeeded)
        {
            Errors.Add(new FieldError(string.Empty, "Ce contenu ne peut pas être modifié dans son état actuel."));
            return Page();
        }

        if (IsNewProcess && !string.IsNullOrEmpty(Owner))
        {
            await ownerships.First().AssignAsync(Owner, result.Version!.ContentItemId, author, cancellationToken);
        }

        if (IsSiteContent)
        {
            return Redirect($"/admin/contenu/modifier?id={Uri.EscapeDataString(result.Version!.ContentItemId)}&enregistre=1");
        }

        Process = result.Version!.ProcessId ?? result.Version.ContentItemId;
        return Redirect($"{RootPage}?enregistre=1");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Latest = Id is null ? null : await store.GetLatestAsync(Id, cancellationToken);
        var board = Latest is null ? VersionStatusBoard.StoreOnly : await statuses.OfAsync([Latest], cancellationToken);
        (LatestState, LatestUnderReview) = Latest is null ? (string.Empty, false) : (board.For(Latest), board.UnderReview(Latest));
        Site = await settings.GetAsync(cancellationToken);
        var typeName = Latest?.ContentType ?? Type;
        if (typeName is null || !store.Types.TryGetType(typeName, out var type))
        {
            return false;
        }

        Type = typeName;
        RecordType = type;
        if (Latest is not null)
        {
            var here = $"/admin/contenu/modifier?id={Uri.EscapeDataString(Latest.ContentItemId)}";
            Panels = await panels.ForAsync(new AdminPanelContext(AdminPanelPlace.Item, Latest, User, here), cancellationToken);
        }

        Process = Latest?.ProcessId ?? Process;
        Container = Latest?.ContainerId ?? Container;

        // Everything but a root (a process) or the site's own content (free pages…) belongs to a process.
        return typeof(IProcessRoot).IsAssignableFrom(type) || IsSiteContent || Process is not null;
    }

    /// <summary>
    /// Whether this person edits this item's process (the site's own pages count as no process); a new process, whether
    /// there is an owner they may create it for (or they may create one without).
    /// </summary>
    private async Task<bool> MayEditAsync()
    {
        if (!IsNewProcess)
        {
            return await authorization.MayAsync(User, IsSiteContent ? null : Process, ProcessOperations.Edit);
        }

        Owners = ownerships.FirstOrDefault() is { } ownership ? await ownership.OwnersForAsync(User, HttpContext.RequestAborted) : NewProcessOwners.Unowned;
        return Owners.MayCreate;
    }

    private NewContentItem NewItem(object record, string author) => new(record, author)
    {
        ContentItemId = placements.Select(p => p.NewItemId(record, Process, Container)).FirstOrDefault(id => id is not null) ?? Id,
        ProcessId = Process,
        ContainerId = Container,
    };
}
