using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Audit;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Workflows;

/// <summary>
/// Committees in HTML: the public page shows the seats the organiser publishes (and counts the others without naming
/// them), the stamps name the process's COPIL, and an administrator composes a committee, every change audited.
/// </summary>
public sealed class CommitteePagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Departement = "/demarches/assemblee-citoyenne-departementale-2022-2023";
    private const string Vivre = "demo-cu-vivre-demain-2036";

    [Fact]
    public async Task The_public_page_shows_published_members_and_counts_the_others_without_naming_them()
    {
        var page = await factory.GetDocumentAsync(Departement);

        var fiche = page.QuerySelector("section[aria-labelledby=fiche]")!;
        var headings = fiche.QuerySelectorAll("h4").Select(h => h.TextContent).ToList();
        Assert.Equal(["comité de pilotage de l'assemblée citoyenne départementale", "comité de suivi de l'assemblée citoyenne"], headings);
        var members = fiche.QuerySelectorAll("ul.committee li").Select(li => li.TextContent).ToList();
        Assert.Contains("Odile Fictive, vice-présidente chargée de la démocratie participative (personnage fictif) (présidence)", members);
        Assert.DoesNotContain(members, m => m.Contains("n° 4", StringComparison.Ordinal));
        Assert.Contains("Et 9 membres que l'organisateur ne nomme pas publiquement.", fiche.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_gives_and_takes_a_seat_and_each_change_is_audited()
    {
        using var admin = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Administrator);
        var page = $"/admin/demarches/{Vivre}/comites";

        var refused = await admin.SubmitAsync(page, "#attribuer", new() { ["Seat.DisplayName"] = " ", ["Seat.UserName"] = "pas-une-adresse" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var alert = (await BrowserlessUser.ParseAsync(page, refused)).QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("Nom du membre : indiquez-le", alert, StringComparison.Ordinal);
        Assert.Contains("adresse électronique", alert, StringComparison.Ordinal);

        var given = await admin.SubmitAsync(page, "#attribuer", new()
        {
            ["Seat.Kind"] = "Copil", ["Seat.DisplayName"] = "Nadia Témoin", ["Seat.Quality"] = "élue d'opposition (personnage fictif)",
            ["Seat.UserName"] = "Nadia.Temoin@exemple.fr", ["Seat.Public"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, given.StatusCode);
        var composed = await admin.GetAsync(given.Headers.Location!.OriginalString);
        var row = composed.QuerySelectorAll("section[aria-labelledby=comite-Copil] tbody tr").Single(r => r.TextContent.Contains("Nadia Témoin", StringComparison.Ordinal));
        Assert.Contains("nadia.temoin@exemple.fr", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Nadia Témoin", (await factory.GetDocumentAsync("/demarches/vivre-demain-territoire-2036")).QuerySelector("section[aria-labelledby=fiche]")!.TextContent, StringComparison.Ordinal);

        var taken = await admin.SubmitAsync(composed, $"#retirer-{row.QuerySelector("input[name=seat]")!.GetAttribute("value")}", []);
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.DoesNotContain("Nadia Témoin", (await admin.GetAsync(page)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        using var scope = factory.Services.CreateScope();
        var trail = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<AuditEntry>()
            .Where(e => e.ContentItemId == Vivre && e.ContentType == "Comite").Select(e => new { e.Action, e.Comment }).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Contains(trail, e => e.Action == "siege-attribue" && e.Comment!.Contains("publié : Nadia Témoin", StringComparison.Ordinal));
        Assert.Contains(trail, e => e.Action == "siege-retire");
        Assert.DoesNotContain(trail, e => e.Comment!.Contains("exemple.fr", StringComparison.Ordinal));
    }
}
