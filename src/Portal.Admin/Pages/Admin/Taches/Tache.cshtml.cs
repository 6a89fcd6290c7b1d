using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Identity;
using Portal.Core.Jobs;

namespace Portal.Admin.Pages.Admin.Taches;

/// <summary>
/// A long operation followed by the person who asked for it: a progress bar while it runs (updated by a small
/// script, or by reloading the page without one), then its outcome and a link to the result.
/// </summary>
[Authorize(Policy = Permissions.AccessBackOffice)]
public sealed class TacheModel(BackgroundJobs jobs) : PageModel
{
    public JobStatus? Job { get; private set; }

    public IActionResult OnGet(string id)
    {
        var found = Visible(id);
        if (found is IActionResult refused)
        {
            return refused;
        }

        Job = (JobStatus)found;
        return Page();
    }

    /// <summary>The progress as JSON, for the script that updates the bar.</summary>
    public IActionResult OnGetEtat(string id) => Visible(id) switch
    {
        JobStatus job => new JsonResult(new
        {
            state = job.State.ToString(),
            done = job.Done,
            total = job.Total,
            percent = job.Percent,
            finished = job.Finished,
            message = job.Message,
        }),
        IActionResult refused => refused,
        _ => NotFound(),
    };

    private object Visible(string id)
    {
        if (jobs.Find(id) is not { } job)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        // Only whoever asked for it (and administrators) follow a job: its title names what they are working on.
        return string.Equals(job.RequestedBy, User.Identity?.Name, StringComparison.OrdinalIgnoreCase) || User.IsInRole(PortalRoles.Administrator)
            ? job
            : Forbid();
    }
}
