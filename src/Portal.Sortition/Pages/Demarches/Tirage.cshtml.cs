using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Processes.Public;
using Portal.Sortition.Public;
using Portal.Sortition.Storage;

namespace Portal.Sortition.Pages.Demarches;

/// <summary>
/// The public page of a process's draw: commitment (with when it became public), randomness, seed, method,
/// composition and the verification kit; earlier draws and their results stay listed beside a redraw.
/// </summary>
public sealed class DrawModel(ProcessReader processes, SortitionService draws) : PageModel
{
    public string ProcessTitle { get; private set; } = string.Empty;

    public string Slug { get; private set; } = string.Empty;

    public DrawSummary? Summary { get; private set; }

    /// <summary>The draw shown in full (the latest), with when its commitment became public.</summary>
    public PublicDraw? Current { get; private set; }

    /// <summary>Earlier draws of the process, newest first, each kept public with its result.</summary>
    public IReadOnlyList<PublicDraw> Earlier { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var process = await processes.GetBySlugAsync(slug, cancellationToken);
        if (process is null)
        {
            return NotFound();
        }

        Slug = slug;
        ProcessTitle = process.Process.Title;
        var history = await draws.PublicHistoryAsync(slug, cancellationToken);
        Current = history.Count > 0 ? history[0] : null;
        Earlier = [.. history.Skip(1)];
        Summary = Current is null ? null : DrawSummary.From(Current.Draw, Current.ResultShown);
        return Page();
    }
}
