using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Caching;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Processes.Public;

namespace Portal.Processes.Pages.Demarches;

/// <summary>The public list of processes, with filters in the query string so every view has an address.</summary>
[OutputCache(PolicyName = PublicCache.PolicyName, Tags = new[] { PublicCache.ListsTag })]
public sealed class IndexModel(ProcessListQuery query) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "statut")]
    public string? Statut { get; set; }

    [BindProperty(SupportsGet = true, Name = "theme")]
    public string? Theme { get; set; }

    [BindProperty(SupportsGet = true, Name = "organisateur")]
    public string? Organisateur { get; set; }

    [BindProperty(SupportsGet = true, Name = "organisation")]
    public string? Organisation { get; set; }

    [BindProperty(SupportsGet = true, Name = "annee")]
    public int? Annee { get; set; }

    [BindProperty(SupportsGet = true, Name = "ouvertes")]
    public bool Open { get; set; }

    // "page" is a Razor Pages route value; the page number travels as "p".
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public ProcessListResult Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // A malformed value (?annee=abc) is ignored rather than turned into an error page.
        ModelState.Clear();
        var filter = new ProcessFilter(ProcessPhases.Parse(Statut), Blank(Theme), Blank(Organisateur), Annee, Math.Max(1, PageNumber), Open, Blank(Organisation));
        Result = await query.RunAsync(filter, cancellationToken);
    }

    public string PageUrl(int page) => "/demarches" + QueryString.Create(new Dictionary<string, string?>
    {
        ["statut"] = Statut,
        ["theme"] = Theme,
        ["organisateur"] = Organisateur,
        ["organisation"] = Organisation,
        ["annee"] = Annee?.ToString(CultureInfo.InvariantCulture),
        ["ouvertes"] = Open ? "true" : null,
        ["p"] = page.ToString(CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
