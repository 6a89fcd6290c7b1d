using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Caching;
using Portal.Core.Public;
using Portal.Core.Settings;
using Portal.Core.Text;
using Portal.Processes.Content;
using Portal.Processes.Public;

namespace Portal.Processes.Pages.Suivi;

/// <summary>The selection of <c>/suivi/propositions</c> as CSV (« ; », UTF-8 with BOM, no formula), every matching line.</summary>
[OutputCache(PolicyName = PublicCache.PolicyName, Tags = new[] { PublicCache.ListsTag })]
public sealed class TrackedPropositionsCsvModel(FollowUpTracking tracking, SiteSettingsStore settings, PublicClock clock, PublicSite site) : PageModel
{
    public static readonly string[] Columns =
    [
        "demarche", "organisateur", "annee", "code", "titre", "theme", "decision", "date_remise", "date_promise", "date_reponse", "jours_avant_reponse", "delai",
        "engagements", "realises", "partiellement_realises", "en_cours", "a_engager", "en_retard", "abandonnes", "avancement_pourcent", "dernier_suivi", "etat_suivi", "adresse", "appreciation_comite_suivi",
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var filter = PropositionFilters.Read(Request.Query) with { Today = clock.Today };
        var selection = TrackedSelection.Of(await tracking.ReadAsync(new TrackingScope(), cancellationToken), TrackingLinks.ReadScope(Request.Query), filter);
        var labels = await settings.GetAsync(cancellationToken);
        var csv = new StringBuilder(SpreadsheetCsv.Line(Columns));
        foreach (var item in selection.Matching)
        {
            var s = item.Summary;
            var c = s.ClockOrNone;
            var t = s.Tally;
            csv.Append(SpreadsheetCsv.Line([
                item.ProcessTitle, item.Organiser, Text(item.Year), s.Code, s.Title, s.Theme, s.Decision is { } d ? labels.DecisionLabel(d) : null,
                Iso(c.HandOver), Iso(c.Due), Iso(c.RespondedOn), c.DaysToResponse is { } days ? Text(days) : null, ResponseTimings.Label(c.Timing),
                Text(t.Total), Text(t.Done), Text(t.PartlyDone), Text(t.InProgress), Text(t.ToStart), Text(t.Late), Text(t.Abandoned),
                t.Percent?.ToString(CultureInfo.InvariantCulture), Iso(s.LastFollowUp), s.FollowUpStatus is { } f ? labels.FollowUpStatusLabel(f) : null, site.Url(item.Permalink),
                s.Grade is { } g ? FidelityGrades.Label(g) : null,
            ]));
        }

        return File(SpreadsheetCsv.Bytes(csv.ToString()), "text/csv; charset=utf-8", "devoir-de-suite.csv");
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
