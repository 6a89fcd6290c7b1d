using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Caching;
using Portal.Core.Settings;
using Portal.Processes.Public;

namespace Portal.Processes.Pages.Demarches;

/// <summary>« Historique des modifications » of a proposition's response and follow-ups: each earlier published text, dated, with what replaced it word by word.</summary>
[OutputCache(PolicyName = PublicCache.PolicyName)]
public sealed class PropositionHistoryModel(PropositionHistory history, SiteSettingsStore settings) : PageModel
{
    public PropositionHistoryPage History { get; private set; } = null!;

    public SiteSettings Site { get; private set; } = null!;

    public string Permalink => $"/demarches/{History.Process.Slug}/propositions/{Uri.EscapeDataString(History.Code)}";

    public async Task<IActionResult> OnGetAsync(string slug, string code, CancellationToken cancellationToken)
    {
        Site = await settings.GetAsync(cancellationToken);
        if (await history.GetAsync(slug, code, Site, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        History = page;
        PublicCache.TagProcess(HttpContext, page.Process.Id);
        return Page();
    }
}
