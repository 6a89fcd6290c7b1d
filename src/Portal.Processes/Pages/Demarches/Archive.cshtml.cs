using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Content;
using Portal.Core.Settings;
using Portal.Processes.Public;

namespace Portal.Processes.Pages.Demarches;

/// <summary>A process page as the public read it just after one publication of its history.</summary>
[OutputCache(PolicyName = PublicCache.PolicyName)]
public sealed class ArchiveModel(ProcessReader reader, SiteSettingsStore settings, ContentTypeRegistry types) : PageModel
{
    public ProcessView Process { get; private set; } = null!;

    public PublicationRecord Publication { get; private set; } = null!;

    public SiteSettings Site { get; private set; } = null!;

    public string Label => PublicTypeLabels.For(types, Publication.ContentType);

    public async Task<IActionResult> OnGetAsync(string slug, long versionId, CancellationToken cancellationToken)
    {
        if (await reader.GetAsPublishedAsync(slug, versionId, cancellationToken) is not { } archived)
        {
            return NotFound();
        }

        (Process, Publication) = archived;
        PublicCache.TagProcess(HttpContext, Process.Id);
        Site = await settings.GetAsync(cancellationToken);
        return Page();
    }
}
