using Microsoft.Playwright;
using Portal.Core.Identity;

namespace Portal.Tests.Browser;

/// <summary>
/// Every public page shape and the main back-office pages, on a wide screen and on a 320 px phone (WCAG 1.4.10):
/// no axe-core violation (WCAG 2.1 A/AA) and nothing scrolling sideways. One browser context per width visits
/// every page, and the failure lists every page at fault at once.
/// </summary>
public sealed class PageShapesBrowserTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private const string Metropole = "/demarches/vivre-demain-territoire-2036";
    private const string Departement = "/demarches/assemblee-citoyenne-departementale-2022-2023";
    private const string Proposition = "demo-cu-vivre-demain-2036%2Fproposition%2FP-3";

    private static readonly string[] PublicPages =
    [
        "/",
        "/demarches",
        "/demarches?statut=suivi",
        Metropole,
        Metropole + "/propositions/P-1",
        Metropole + "/historique",
        Departement,
        Departement + "/tirage",
        Departement + "/suivi",
        Departement + "/rapports",
        Departement + "/propositions/NUM-1",
        "/suivi",
        "/suivi/propositions?engagement=en-retard",
        "/recherche?q=transports",
        "/recherche?q=zzzzqqq",
        "/donnees",
        "/accessibilite",
        "/plan-du-site",
        "/pages/mentions-legales",
        "/nulle-part",
        "/admin/connexion",
    ];

    private static readonly string[] BackOfficePages =
    [
        "/admin",
        "/admin/demarches/demo-cu-vivre-demain-2036",
        "/admin/demarches/demo-cu-vivre-demain-2036/comites",
        "/admin/demarches/demo-cu-vivre-demain-2036/import",
        "/admin/contenu/modifier?id=" + Proposition,
        "/admin/contenu/modifier?type=Demarche",
        "/admin/contenu/historique?id=" + Proposition,
        "/admin/validation",
        "/admin/lots",
        "/admin/lots/nouveau",
        "/admin/circuits",
        "/admin/medias",
        "/admin/tirages",
        "/admin/tirages/preparer",
        "/admin/utilisateurs",
        "/admin/vocabulaires",
        "/admin/comite-de-suivi",
        "/admin/comite-de-suivi/appreciation?demarche=demo-cu-vivre-demain-2036&code=P-1",
        "/admin/recherche",
        "/admin/securite",
        "/admin/notifications",
    ];

    [Theory]
    [InlineData(1280)]
    [InlineData(320)]
    public async Task Public_pages_have_no_accessibility_violation_and_reflow(int width)
    {
        SkipWithoutTools();
        await using var context = await portal.Browser.NewContextAsync(Options(width));
        await AssertAccessibleAsync(await context.NewPageAsync(), PublicPages);
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(320)]
    public async Task Back_office_pages_have_no_accessibility_violation_and_reflow(int width)
    {
        SkipWithoutTools();
        var page = await portal.SignedInPageAsync(PortalRoles.Administrator, Options(width));
        await AssertAccessibleAsync(page, BackOfficePages);
        await page.Context.CloseAsync();
    }

    private static void SkipWithoutTools()
    {
        BrowserPortal.SkipWithoutChromium();
        AxeAudit.SkipWithoutAxe();
    }

    private static async Task AssertAccessibleAsync(IPage page, IEnumerable<string> paths)
    {
        var problems = new List<string>();
        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            problems.AddRange((await AxeAudit.ViolationsAsync(page)).Select(v => $"{path} : {v}"));
            if (await AxeAudit.OverflowingAsync(page) is { Count: > 0 } overflowing)
            {
                problems.Add($"{path} défile horizontalement : {string.Join(" ; ", overflowing)}");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    // The test injects axe-core into pages whose Content-Security-Policy forbids inline scripts, as it should.
    private BrowserNewContextOptions Options(int width) => new()
    {
        BaseURL = portal.BaseUrl,
        Locale = "fr-FR",
        BypassCSP = true,
        ViewportSize = new ViewportSize { Width = width, Height = 800 },
    };
}
