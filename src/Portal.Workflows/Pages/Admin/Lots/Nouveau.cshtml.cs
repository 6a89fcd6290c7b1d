using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Core.Jobs;
using Portal.Core.Text;
using Portal.Workflows.BackOffice;
using Portal.Workflows.Lots;
using Portal.Workflows.Publication;

namespace Portal.Workflows.Pages.Admin.Lots;

/// <summary>
/// An editor gathers a process's drafts (all of them, or a selection) into a named lot and submits it to the COPIL
/// in one action; the submission runs as a job followed on its own page.
/// </summary>
[Authorize(Policy = Permissions.EditContent)]
[EditsProcess]
public sealed class NewLotModel(PortalDbContext db, BackgroundJobs jobs, TimeProvider clock) : PageModel, IProcessPage
{
    [BindProperty(SupportsGet = true, Name = "demarche")]
    public string? ProcessId { get; set; }

    string? IProcessPage.PageProcessId => ProcessId;

    [BindProperty(Name = "nom")]
    public string? Name { get; set; }

    /// <summary>« tous »: every draft of the process; « selection »: the ticked ones.</summary>
    [BindProperty(Name = "contenu")]
    public string Scope { get; set; } = "tous";

    [BindProperty(Name = "selection")]
    public string[] Selection { get; set; } = [];

    public string? ProcessTitle { get; private set; }

    internal IReadOnlyList<LotCandidate> Drafts { get; private set; } = [];

    public IReadOnlyList<(string Field, string Message)> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Name ??= ProcessTitle is null ? null : $"{ProcessTitle} — lot du {French.Date(clock.GetUtcNow().UtcDateTime)}";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var errors = new List<(string, string)>();
        var name = Name?.Trim() ?? string.Empty;
        if (LotWorkflow.NameProblem(name) is { } nameProblem)
        {
            errors.Add(("nom", nameProblem));
        }

        var selection = Scope == "selection" ? Parse(Selection) : null;
        if (selection is { Count: 0 })
        {
            errors.Add(("choix-premier", "Cochez au moins un élément, ou choisissez « tous les brouillons »."));
        }

        if (Scope != "selection" && ProcessId is null)
        {
            errors.Add(("contenu-selection", "Sans démarche, choisissez les éléments du lot un par un."));
        }

        if (errors.Count > 0)
        {
            Errors = errors;
            await LoadAsync(cancellationToken);
            return Page();
        }

        var request = new NewLot(name, ProcessId, selection, StaffMembers.From(User));
        var total = selection?.Count ?? await db.ContentItemVersions.AsNoTracking().DraftsOf(ProcessId!).CountAsync(cancellationToken);
        var job = jobs.Start($"Soumission du lot « {name} »", request.Actor.Name, total, async (services, progress, ct) =>
        {
            var outcome = await services.GetRequiredService<LotWorkflow>().SubmitAsync(request, progress, ct);
            return new JobResult(outcome.Succeeded, outcome.Message, outcome.LotId is { } id ? $"/admin/lots/{id}" : null);
        });
        return Redirect($"/admin/taches/{job.Id}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (ProcessId is not null)
        {
            ProcessTitle = await db.ContentItemVersions.AsNoTracking().Where(v => v.ContentItemId == ProcessId && v.Latest)
                .Select(v => v.DisplayText).SingleOrDefaultAsync(cancellationToken);
        }

        var drafts = db.ContentItemVersions.AsNoTracking()
            .Where(v => v.Latest && v.Status == ContentStatus.Draft);
        drafts = ProcessId is null ? drafts.Where(v => v.ProcessId == null) : drafts.Where(v => v.ProcessId == ProcessId);
        Drafts = await drafts.OrderBy(v => v.ContentType).ThenBy(v => v.DisplayText)
            .Select(v => new LotCandidate(v.ContentItemId, v.Version, v.ContentType, v.DisplayText, v.ProcessId)).ToListAsync(cancellationToken);
    }

    /// <summary>Each box carries « item|version »: the version the editor saw, so a draft changed meanwhile is named, not sent.</summary>
    private static List<VersionKey> Parse(IEnumerable<string> ticked) =>
        [.. ticked.Select(t => t.Split('|', 2))
            .Where(p => p.Length == 2 && int.TryParse(p[1], System.Globalization.CultureInfo.InvariantCulture, out _))
            .Select(p => new VersionKey(p[0], int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)))];
}
