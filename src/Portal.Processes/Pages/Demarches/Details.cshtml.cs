using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Settings;
using Portal.Processes.Public;

namespace Portal.Processes.Pages.Demarches;

/// <summary>The public page of one process with its CIPC sections, published versions only.</summary>
public sealed class DetailsModel(ProcessReader reader, SiteSettingsStore settings, IEnumerable<IProcessLinkSource> linkSources) : PageModel
{
    public ProcessView Process { get; private set; } = null!;

    public SiteSettings Site { get; private set; } = null!;

    public IReadOnlyList<ProcessLink> Links { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var process = await reader.GetBySlugAsync(slug, cancellationToken);
        if (process is null)
        {
            return NotFound();
        }

        Process = process;
        Site = await settings.GetAsync(cancellationToken);
        var links = new List<ProcessLink>();
        foreach (var source in linkSources)
        {
            links.AddRange(await source.GetLinksAsync(process.Demarche.Slug, cancellationToken));
        }

        Links = links;
        return Page();
    }
}
