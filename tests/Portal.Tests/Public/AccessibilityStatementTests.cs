using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Identity;
using Portal.Site.Accessibility;
using Portal.Tests.Infrastructure;
using Portal.Tests.Workflows;

namespace Portal.Tests.Public;

/// <summary>
/// The accessibility statement is content: written in the back office, validated by the COPIL, and the mention
/// « Accessibilité : … conforme » at the foot of every page follows what is published, never a draft. The legal
/// pages and the site map are linked from every page.
/// </summary>
public sealed class AccessibilityStatementTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_footer_mention_follows_the_published_statement_and_never_a_draft()
    {
        var before = await PublishedLevelAsync();
        var next = before == ConformityLevels.Partial ? ConformityLevels.Full : ConformityLevels.Partial;
        Assert.Equal($"Accessibilité : {ConformityLevels.LabelOf(before)}", AccessibilityLink(await factory.GetDocumentAsync("/demarches")));

        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var saved = await editor.SubmitAsync(EditPath, "form.stacked-form", new()
        {
            ["conformity"] = next, ["conformityRate"] = "87,5", ["auditDate"] = "2026-10-15", ["auditor"] = "Cabinet d'audit indépendant",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"Accessibilité : {ConformityLevels.LabelOf(before)}", AccessibilityLink(await factory.GetDocumentAsync("/")));

        await WorkflowSteps.PublishThroughCopilAsync(factory.Services, AccessibilityStatements.ItemId);

        Assert.Equal($"Accessibilité : {ConformityLevels.LabelOf(next)}", AccessibilityLink(await factory.GetDocumentAsync("/demarches")));
        var statement = (await factory.GetDocumentAsync("/accessibilite")).QuerySelector("main")!.TextContent;
        Assert.Contains($"est {ConformityLevels.LabelOf(next)} avec le référentiel général d'amélioration de l'accessibilité", statement, StringComparison.Ordinal);
        Assert.Contains("réalisé par Cabinet d'audit indépendant le 15 octobre 2026 révèle que 87,5 % des critères", statement, StringComparison.Ordinal);
        Assert.Contains("Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07", statement, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("conformityRate", "140", "le taux de conformité est un pourcentage entre 0 et 100")]
    [InlineData("conformity", "conforme-a-peu-pres", "choisissez « non conforme », « partiellement conforme » ou « totalement conforme »")]
    [InlineData("multiYearPlanUrl", "javascript:alert(1)", "l'adresse commence par https://")]
    [InlineData("contactPage", "//ailleurs.example/piege", "l'adresse commence par https://")]
    public async Task A_wrong_statement_is_refused_in_french_and_nothing_is_saved(string field, string value, string message)
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var versions = await VersionCountAsync();

        var answer = await editor.SubmitAsync(EditPath, "form.stacked-form", new() { [field] = value });

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var html = await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains(message, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("rien n'a été enregistré", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Equal(versions, await VersionCountAsync());
    }

    [Fact]
    public async Task A_free_page_written_in_the_back_office_is_public_only_once_the_copil_validated_it()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var slug = "charte-" + Guid.NewGuid().ToString("N")[..8];
        var saved = await editor.SubmitAsync("/admin/contenu/modifier?type=Page", "form.stacked-form", new()
        {
            ["title"] = "Charte de la participation", ["slug"] = slug, ["body"] = "Les **engagements** de l'organisateur.",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var edit = await editor.GetAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains("Brouillon enregistré", edit.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(edit.QuerySelector(".workflow-panel"));
        var id = Uri.UnescapeDataString(saved.Headers.Location.OriginalString.Split("id=")[1].Split('&')[0]);

        using var visitor = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(new Uri("/pages/" + slug, UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
        Assert.DoesNotContain(slug, (await factory.GetDocumentAsync("/plan-du-site")).Body!.InnerHtml, StringComparison.Ordinal);

        await WorkflowSteps.PublishThroughCopilAsync(factory.Services, id);

        Assert.Equal("Charte de la participation", (await factory.GetDocumentAsync("/pages/" + slug)).QuerySelector("h1")!.TextContent);
        Assert.NotNull((await factory.GetDocumentAsync("/plan-du-site")).QuerySelector($"main a[href='/pages/{slug}']"));
        var home = await editor.GetAsync("/admin");
        Assert.NotNull(home.QuerySelector($"#pages-du-site ~ div table a[href='/admin/contenu/modifier?id={Uri.EscapeDataString(id)}']"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/demarches/vivre-demain-territoire-2036")]
    [InlineData("/recherche?q=transports")]
    public async Task Every_page_links_the_mandatory_mentions(string path)
    {
        var links = (await factory.GetDocumentAsync(path)).QuerySelectorAll("footer a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(("Mentions légales", "/pages/mentions-legales"), links);
        Assert.Contains(("Données personnelles", "/pages/donnees-personnelles"), links);
        Assert.Contains(("Plan du site", "/plan-du-site"), links);
        Assert.Contains(links, l => l.Item2 == "/accessibilite" && l.TextContent.StartsWith("Accessibilité : ", StringComparison.Ordinal));
        var plan = await factory.GetDocumentAsync("/plan-du-site");
        foreach (var href in new[] { "/", "/demarches", "/demarches/vivre-demain-territoire-2036", "/accessibilite", "/pages/mentions-legales" })
        {
            Assert.NotNull(plan.QuerySelector($"main a[href='{href}']"));
        }

        Assert.Null(plan.QuerySelector("main a[href*='/propositions/']"));
    }

    private const string EditPath = "/admin/contenu/modifier?id=" + AccessibilityStatements.ItemId;

    private static string AccessibilityLink(AngleSharp.Dom.IDocument page) =>
        page.QuerySelector("footer a[href='/accessibilite']")!.TextContent;

    private async Task<string?> PublishedLevelAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<AccessibilityStatements>().PublishedAsync(TestContext.Current.CancellationToken))?.Conformity;
    }

    private async Task<int> VersionCountAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ContentStore>().GetVersionsAsync(AccessibilityStatements.ItemId, TestContext.Current.CancellationToken)).Count;
    }
}
