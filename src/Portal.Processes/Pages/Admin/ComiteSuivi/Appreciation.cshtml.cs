using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Processes.Content;
using Portal.Processes.Indexes;
using Portal.Processes.Public;
using Portal.Processes.Recipes;

namespace Portal.Processes.Pages.Admin.ComiteSuivi;

/// <summary>
/// Writes the follow-up committee's assessment of one published proposition as a draft (the COPIL workflow publishes
/// it). Only this record type is written here, at its known id: nothing else of the process can be touched from it.
/// </summary>
[Authorize(Policy = ProcessesPermissions.WriteAssessments)]
public sealed class AssessmentModel(PortalDbContext db, ContentStore store, AssessmentAccess access, PublicClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Demarche { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    [BindProperty]
    public string Grade { get; set; } = string.Empty;

    [BindProperty]
    public string Justification { get; set; } = string.Empty;

    [BindProperty]
    public string Date { get; set; } = string.Empty;

    [BindProperty]
    public string? Stamp { get; set; }

    public string PropositionTitle { get; private set; } = string.Empty;

    public string? LatestState { get; private set; }

    public List<(string Field, string Message)> Errors { get; } = [];

    public bool Saved => Request.Query.ContainsKey("enregistre");

    private string PropositionId => ProcessItemIds.Proposition(Demarche, Code);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await RefusalAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var latest = await store.GetLatestAsync(ProcessItemIds.Assessment(PropositionId), cancellationToken);
        if (latest is not null && store.Types.Deserialize(latest.ContentType, latest.Data) is CommitteeAssessment current)
        {
            (Grade, Justification, Date, Stamp, LatestState) = (current.Grade, current.Justification, Iso(current.Date), latest.ConcurrencyStamp, latest.Status.ToString());
        }
        else
        {
            Date = Iso(clock.Today);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await RefusalAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Errors.Add(("Date", "date attendue (aaaa-mm-jj)"));
        }

        // An emptied field arrives as null: refused below in French, never a server error.
        var record = new CommitteeAssessment(Grade?.Trim() ?? string.Empty, Justification?.Trim() ?? string.Empty, date);
        if (record.Grade.Length == 0)
        {
            Errors.Add(("grade", "choisissez une appréciation dans la liste."));
        }

        ProcessRules.Check(record, (path, message) => { if (record.Grade.Length > 0 || path != "grade") { Errors.Add((path, message)); } });
        if (Errors.Count > 0)
        {
            return Page();
        }

        var author = User.Identity?.Name ?? "inconnu";
        var result = await store.SaveDraftAtAsync(
            new NewContentItem(record, author) { ContentItemId = ProcessItemIds.Assessment(PropositionId), ProcessId = Demarche, ContainerId = PropositionId },
            Stamp ?? string.Empty, cancellationToken);
        if (!result.Succeeded)
        {
            Errors.Add((string.Empty, result.Outcome == ContentOutcome.Conflict
                ? "Quelqu'un a enregistré cette appréciation entre-temps : rechargez la page pour voir sa version."
                : "L'appréciation n'a pas pu être enregistrée dans son état actuel."));
            return Page();
        }

        return Redirect($"/admin/comite-de-suivi/appreciation?demarche={Uri.EscapeDataString(Demarche)}&code={Uri.EscapeDataString(Code)}&enregistre=1");
    }

    /// <summary>Not found for an unknown proposition; refused for a process where this person has no seat.</summary>
    private async Task<IActionResult?> RefusalAsync(CancellationToken cancellationToken)
    {
        var title = await db.Set<PropositionIndex>().AsNoTracking().Where(p => p.ProcessId == Demarche && p.Code == Code)
            .Select(p => p.Title).SingleOrDefaultAsync(cancellationToken);
        if (title is null)
        {
            return NotFound();
        }

        PropositionTitle = title;
        return (await access.ForAsync(User, cancellationToken))(Demarche) ? null : Forbid();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
