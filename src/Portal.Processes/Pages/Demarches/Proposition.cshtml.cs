using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Settings;
using Portal.Processes.Public;

namespace Portal.Processes.Pages.Demarches;

/// <summary>The stable permalink of one proposition, with its response and follow-up history.</summary>
public sealed class PropositionModel(ProcessReader reader, SiteSettingsStore settings) : PageModel
{
    public ProcessView Process { get; private set; } = null!;

    public PropositionView Item { get; private set; } = null!;

    public SiteSettings Site { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, string code, CancellationToken cancellationToken)
    {
        var process = await reader.GetBySlugAsync(slug, cancellationToken);
        var item = process?.Find(code);
        if (process is null || item is null)
        {
            return NotFound();
        }

        Process = process;
        Item = item;
        Site = await settings.GetAsync(cancellationToken);
        return Page();
    }
}
