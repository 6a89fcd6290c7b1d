using Microsoft.Playwright;
using Portal.Core.Identity;

namespace Portal.Tests.Browser;

/// <summary>An editor at work in a real browser, keyboard and mouse, from sign-in to preview.</summary>
public sealed class EditorBrowserTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task Editor_signs_in_creates_a_process_adds_two_propositions_previews_and_the_public_sees_nothing()
    {
        BrowserPortal.SkipWithoutChromium();
        var (email, password) = await portal.AccountAsync(PortalRoles.Editor);
        await using var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseUrl, Locale = "fr-FR" });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/admin");
        await page.GetByLabel("Adresse électronique").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Administration", Level = 1 })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Nouvelle démarche" }).ClickAsync();
        await page.GetByLabel("Titre").FillAsync("Atelier citoyen sur les mobilités douces");
        await page.GetByLabel("Adresse (slug)").FillAsync("atelier-mobilites-douces");
        await page.GetByLabel("Résumé").FillAsync("Trente habitants proposent des aménagements pour le vélo et la marche.");
        await page.GetByLabel("Organisateur").FillAsync("Ville d'Exemple");
        await page.GetByLabel("Territoire").FillAsync("Exemple");
        await page.GetByLabel("Thèmes (un par ligne)").FillAsync("Mobilités");
        await page.GetByLabel("Date de début").FillAsync("2026-10-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Brouillon enregistré");

        foreach (var (code, title) in new[] { ("MOB-1", "Des rues scolaires fermées aux voitures"), ("MOB-2", "Un réseau cyclable continu") })
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Ajouter une proposition" }).ClickAsync();
            await page.GetByLabel("Code").FillAsync(code);
            await page.GetByLabel("Titre").FillAsync(title);
            await page.GetByLabel("Texte").FillAsync($"Proposition **{code}** des citoyens.");
            await page.GetByLabel("Thème (obligatoire)", new() { Exact = true }).FillAsync("Mobilités");
            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Brouillon enregistré");
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Prévisualiser" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Aperçu non publié")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Atelier citoyen sur les mobilités douces", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "MOB-2" }).GetByRole(AriaRole.Link, new() { Name = "Un réseau cyclable continu" })).ToBeVisibleAsync();

        // A visitor, in a fresh browser context with no cookie, finds the draft nowhere.
        await using var visitorContext = await portal.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseUrl });
        var visitor = await visitorContext.NewPageAsync();
        foreach (var path in new[] { "/", "/demarches", "/sitemap.xml" })
        {
            await visitor.GotoAsync(path);
            Assert.DoesNotContain("mobilités douces", await visitor.ContentAsync(), StringComparison.Ordinal);
        }

        var missing = await visitor.GotoAsync("/demarches/atelier-mobilites-douces");
        Assert.Equal(404, missing!.Status);
    }

    [Fact]
    public async Task A_refused_form_puts_focus_on_its_error_summary_and_the_markdown_preview_is_opened_on_demand()
    {
        BrowserPortal.SkipWithoutChromium();
        var page = await portal.SignedInPageAsync(PortalRoles.Editor);
        await page.GotoAsync("/admin/contenu/modifier?type=Demarche");

        // The preview is a disclosure the reader opens, not a live region that re-reads the whole field at each keystroke.
        var area = page.Locator("textarea[data-markdown]").First;
        var preview = page.Locator("details.markdown-preview").First;
        await Assertions.Expect(preview.Locator("summary")).ToHaveTextAsync("Aperçu de la mise en forme");
        Assert.Equal(0, await preview.Locator("xpath=ancestor-or-self::*[@aria-live or @role='status' or @role='alert' or @role='log']").CountAsync());
        await area.FillAsync("Un **atelier** citoyen.");
        await preview.Locator("summary").ClickAsync();
        await Assertions.Expect(preview.Locator("strong")).ToHaveTextAsync("atelier");

        // Sent with its required fields empty: the page comes back with the focus on the summary of what to fix.
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".error-summary a[href='#f-title']")).ToContainTextAsync("Titre");
        await page.Context.CloseAsync();
    }
}
