using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Settings;
using Portal.Processes.Public;

namespace Portal.Processes.Pages.Demarches;

/// <summary>The stable permalink of one proposition, with its response and follow-up history; reads only those items.</summary>
[OutputCache(PolicyName = PublicCache.PolicyName)]
public sealed class PropositionModel(
    PropositionReader reader, SiteSettingsStore settings, IEnumerable<IProcessGovernanceSource> governance, IEnumerable<IPropositionLinkSource> linkSources) : PageModel
{
    /// <summary>Other modules' links under the proposition (following it by e-mail).</summary>
    public IReadOnlyList<ProcessLink> Links { get; private set; } = [];

    public ProcessHeading Process { get; private set; } = null!;

    public PropositionView Item { get; private set; } = null!;

    public SiteSettings Site { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, string code, CancellationToken cancellationToken)
    {
        if (await reader.GetAsync(slug, code, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        (Process, Item) = (page.Process, page.Item);
        PublicCache.TagProcess(HttpContext, Process.Id);
        (Site, _) = await ProcessGovernances.ReadAsync(governance, await settings.GetAsync(cancellationToken), Process.Id, cancellationToken);
        var links = new List<ProcessLink>();
        foreach (var source in linkSources)
        {
            links.AddRange(await source.GetLinksAsync(Process.Slug, Item.Proposition.Code, cancellationToken));
        }

        Links = links;
        return Page();
    }
}
