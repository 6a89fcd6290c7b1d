using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Identity;
using Portal.Core.Settings;
using Portal.Processes.Public;

namespace Portal.Processes.Pages.Apercu;

/// <summary>« Prévisualiser » : the latest versions, drafts included, rendered exactly as the public page, for those who edit or review the process.</summary>
[Authorize(Policy = Permissions.PreviewContent)]
public sealed class ProcessModel(ProcessReader reader, SiteSettingsStore settings, IAuthorizationService authorization) : PageModel
{
    public ProcessView Process { get; private set; } = null!;

    public SiteSettings Site { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var process = await reader.GetPreviewAsync(id, cancellationToken);
        if (process is null)
        {
            return NotFound();
        }

        // Drafts are shown to the people of this process only: its editors and its reviewers.
        if (!await authorization.MayAsync(User, id, ProcessOperations.Read))
        {
            return Forbid();
        }

        Process = process;
        Site = await settings.GetAsync(cancellationToken);
        Response.Headers.CacheControl = "no-store";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        return Page();
    }
}
