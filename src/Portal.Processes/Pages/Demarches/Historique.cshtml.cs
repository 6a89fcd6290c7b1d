using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Content;
using Portal.Core.Settings;
using Portal.Processes.Public;

namespace Portal.Processes.Pages.Demarches;

/// <summary>« Historique des publications »: what was published when, each entry opening the process as it read then.</summary>
[OutputCache(PolicyName = PublicCache.PolicyName)]
public sealed class HistoryModel(ProcessReader reader, SiteSettingsStore settings, ContentTypeRegistry types) : PageModel
{
    public ProcessView Process { get; private set; } = null!;

    public IReadOnlyList<PublicationRecord> Publications { get; private set; } = [];

    public SiteSettings Site { get; private set; } = null!;

    public string Label(PublicationRecord record) => PublicTypeLabels.For(types, record.ContentType);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await reader.GetHistoryAsync(slug, cancellationToken) is not { } history)
        {
            return NotFound();
        }

        (Process, Publications) = history;
        PublicCache.TagProcess(HttpContext, Process.Id);
        Site = await settings.GetAsync(cancellationToken);
        return Page();
    }
}
