using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Caching;
using Portal.OpenData.Dossier;
using Portal.OpenData.Reading;
using Portal.Processes.Content;

namespace Portal.OpenData.Pages.Demarches;

/// <summary>The propositions reports of a process, one per referral of its citizens' opinion, in Word and PDF.</summary>
[OutputCache(PolicyName = PublicCache.PolicyName)]
public sealed class RapportsModel(PublishedContentReader reader) : PageModel
{
    public Process Process { get; private set; } = null!;

    internal IReadOnlyList<ReportScope> Reports { get; private set; } = [];

    internal static IReadOnlyList<DossierFormat> Formats => DossierFormat.All;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await reader.ReadOneAsync(slug, cancellationToken) is not { } snapshot)
        {
            return NotFound();
        }

        var process = snapshot.Processes[0];
        PublicCache.TagProcess(HttpContext, process.Root.Id);
        Process = process.Root.Content;
        Reports = PropositionsReport.Scopes(process);
        return Page();
    }

    internal static string Href(string slug, ReportScope report, DossierFormat format) =>
        $"/demarches/{slug}/rapport-propositions.{format.Extension}" + (report.Key is { } key ? "?saisine=" + Uri.EscapeDataString(key) : string.Empty);
}
