using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Core.Identity;
using Portal.Core.Settings;
using Portal.Core.Themes;

namespace Portal.Tests.Browser;

/// <summary>
/// Every public page shape and the main back-office pages, on a wide screen and on a 320 px phone (WCAG 1.4.10):
/// no axe-core violation (WCAG 2.1 A/AA) and nothing scrolling sideways. One browser context per width visits
/// every page, and the failure lists every page at fault at once. In both themes: the organiser's (every page) and the
/// DSFR (every public page and the back-office pages of <see cref="DsfrBackOfficePages"/>, to keep the suite's time:
/// the back office's markup is the same in both, only the header and footer around it change).
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
        "/demarches?ouvertes=true",
        "/actualites",
        "/actualites/assemblee-departementale-avis-remis",
        Metropole,
        Metropole + "/propositions/P-1",
        Metropole + "/historique",
        Departement,
        Departement + "/tirage",
        Departement + "/suivi",
        Departement + "/rapports",
        Departement + "/propositions/NUM-1",
        Departement + "/propositions/NUM-1/historique",
        Departement + "/suivre?proposition=NUM-1",
        "/suivre/confirmer?jeton=inconnu",
        "/suivre/desabonnement?jeton=inconnu",
        "/organisations/communaute-urbaine-du-val-d-ardanne",
        "/suivi",
        "/suivi/propositions?engagement=en-retard",
        "/suivi/propositions?decision=retenue&appreciation=reprise-modifiee",
        "/recherche?q=transports",
        "/recherche?q=zzzzqqq",
        "/donnees",
        "/accessibilite",
        "/plan-du-site",
        "/pages/mentions-legales",
        "/nulle-part",
        "/admin/connexion",
        "/admin/mot-de-passe-oublie",
        "/admin/invitation?jeton=inconnu",
    ];

    private static readonly string[] BackOfficePages =
    [
        "/admin",
        "/admin/demarches/demo-cu-vivre-demain-2036",
        "/admin/demarches/demo-cu-vivre-demain-2036/comites",
        "/admin/demarches/demo-cu-vivre-demain-2036/import",
        "/admin/contenu/modifier?id=" + Proposition,
        "/admin/contenu/modifier?type=Demarche",
        "/admin/contenu/modifier?id=actualite-assemblee-departementale-avis-remis",
        "/admin/demarches/demo-departement-assemblee-citoyenne-2022",
        "/admin/contenu/historique?id=" + Proposition,
        "/admin/validation",
        "/admin/validation/tableau-de-bord",
        "/admin/lots",
        "/admin/lots/nouveau",
        "/admin/circuits",
        "/admin/circuits/validation-copil",
        "/admin/medias",
        "/admin/medias/ajouter",
        "/admin/tirages",
        "/admin/tirages/preparer",
        "/admin/utilisateurs",
        "/admin/vocabulaires",
        "/admin/comite-de-suivi",
        "/admin/comite-de-suivi/appreciation?demarche=demo-cu-vivre-demain-2036&code=P-1",
        "/admin/comite-de-suivi/notes?demarche=demo-departement-assemblee-citoyenne-2022",
        "/admin/recherche",
        "/admin/recherche/thesaurus",
        "/admin/abonnements",
        "/admin/apercu/demo-cu-vivre-demain-2036",
        "/admin/securite",
        "/admin/notifications",
        "/admin/organisations",
        "/admin/organisations/communaute-urbaine-du-val-d-ardanne",
    ];

    private static readonly string[] DsfrBackOfficePages =
    [
        "/admin",
        "/admin/contenu/modifier?id=" + Proposition,
        "/admin/validation",
        "/admin/validation/tableau-de-bord",
        "/admin/theme",
    ];

    [Theory]
    [InlineData(ThemeSettings.DefaultKey, 1280)]
    [InlineData(ThemeSettings.DefaultKey, 320)]
    [InlineData("dsfr", 1280)]
    [InlineData("dsfr", 320)]
    public async Task Public_pages_have_no_accessibility_violation_and_reflow(string theme, int width)
    {
        SkipWithoutTools();
        await UseThemeAsync(theme);
        await using var context = await portal.Browser.NewContextAsync(Options(width));
        var page = await context.NewPageAsync();
        await page.GotoAsync(Metropole + "/historique");
        var archive = await page.Locator("main a[href*='/historique/']").First.GetAttributeAsync("href");
        await AssertAccessibleAsync(page, [.. PublicPages, archive!]);

        // The draw page was audited in its full shape: the demo's completed draw, members and substitutes listed.
        await page.GotoAsync(Departement + "/tirage");
        Assert.Equal(2, await page.Locator("section[aria-labelledby=resultat] ol.ids").CountAsync());

        // The breadcrumb and a proposition's follow-ups are ordered lists shown unnumbered (the DSFR numbers every <ol> through ::marker).
        await page.GotoAsync(Departement + "/propositions/TEJ-2");
        var markers = await page.EvalOnSelectorAllAsync<string[]>(".breadcrumb li, .followups > li", "items => items.map(li => getComputedStyle(li, '::marker').content)");
        Assert.NotEmpty(markers);
        Assert.All(markers, m => Assert.True(m is "none" or "normal", $"marker « {m} »"));
    }

    [Theory]
    [InlineData(ThemeSettings.DefaultKey, 1280)]
    [InlineData(ThemeSettings.DefaultKey, 320)]
    [InlineData("dsfr", 1280)]
    [InlineData("dsfr", 320)]
    public async Task Back_office_pages_have_no_accessibility_violation_and_reflow(string theme, int width)
    {
        SkipWithoutTools();
        await UseThemeAsync(theme);
        var page = await portal.SignedInPageAsync(PortalRoles.Administrator, Options(width));
        await AssertAccessibleAsync(page, theme == "dsfr" ? DsfrBackOfficePages : [.. BackOfficePages, "/admin/theme"]);
        await page.Context.CloseAsync();
    }

    /// <summary>The tests of this class run one after the other: each sets the theme it audits.</summary>
    private async Task UseThemeAsync(string theme)
    {
        await using var scope = portal.Factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<SiteSettingsStore>();
        var current = (await store.GetAsync(TestContext.Current.CancellationToken)).Section<ThemeSettings>(ThemeSettings.Key);
        await store.SetSectionAsync(ThemeSettings.Key, current with { Theme = theme }, TestContext.Current.CancellationToken);
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
