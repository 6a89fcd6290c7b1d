using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Processes.Public;
using Portal.Sortition.Public;
using Portal.Sortition.Storage;

namespace Portal.Sortition.Pages.Demarches;

/// <summary>The public page of a process's draw: commitment, seed, method, composition and the verification kit.</summary>
public sealed class DrawModel(ProcessReader processes, SortitionService draws) : PageModel
{
    public string ProcessTitle { get; private set; } = string.Empty;

    public string Slug { get; private set; } = string.Empty;

    public DrawSummary? Summary { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var process = await processes.GetBySlugAsync(slug, cancellationToken);
        if (process is null)
        {
            return NotFound();
        }

        Slug = slug;
        ProcessTitle = process.Process.Title;
        var draw = await draws.LatestForProcessAsync(slug, cancellationToken);
        Summary = draw is null ? null : DrawSummary.From(draw);
        return Page();
    }
}
