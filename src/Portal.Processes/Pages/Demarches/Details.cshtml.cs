using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Public;
using Portal.Core.Settings;
using Portal.Processes.Public;

namespace Portal.Processes.Pages.Demarches;

/// <summary>The public page of one process with its CIPC sections and one page of its propositions, published versions only.</summary>
[OutputCache(PolicyName = PublicCache.PolicyName)]
public sealed class DetailsModel(
    ProcessReader reader, PropositionReader propositions, SiteSettingsStore settings, IEnumerable<IProcessLinkSource> linkSources, IEnumerable<IProcessGovernanceSource> governance,
    IEnumerable<IPublicBlock> blocks)
    : PageModel
{
    public ProcessView Process { get; private set; } = null!;

    public SiteSettings Site { get; private set; } = null!;

    public IReadOnlyList<ProcessLink> Links { get; private set; } = [];

    public PropositionListing Listing { get; private set; } = PropositionListing.Empty;

    public ProcessGovernance? Governance { get; private set; }

    /// <summary>Other modules' sections of this process (its news…).</summary>
    public IReadOnlyList<PublicBlock> Blocks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var process = await reader.GetBySlugAsync(slug, cancellationToken);
        if (process is null)
        {
            return NotFound();
        }

        Process = process;
        PublicCache.TagProcess(HttpContext, process.Id);
        (Site, Governance) = await ProcessGovernances.ReadAsync(governance, await settings.GetAsync(cancellationToken), process.Id, cancellationToken);
        Listing = await propositions.ListAsync(process.Id, ProcessBodyModel.ReadFilter(Request.Query), cancellationToken);
        var links = new List<ProcessLink>();
        foreach (var source in linkSources)
        {
            links.AddRange(await source.GetLinksAsync(process.Process.Slug, cancellationToken));
        }

        Links = links;
        Blocks = await blocks.ForAsync(new PublicBlockContext(PublicBlockPlace.Process, process.Id), cancellationToken);
        return Page();
    }
}
