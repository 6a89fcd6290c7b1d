using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Identity;
using Portal.Core.Recipes;
using Portal.Core.Settings;
using Portal.Core.Themes;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Themes;

/// <summary>
/// The theme and the organiser's identity as settings: set in the back office (or by a recipe), they change what every
/// public page shows without a rebuild; a colour too light for white text is refused in French, and nothing typed is lost.
/// </summary>
public sealed class ThemeSettingsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Page = "/admin/theme";
    private const string Process = "/demarches/vivre-demain-territoire-2036";

    [Fact]
    public async Task Identity_set_in_the_back_office_changes_the_name_logo_colours_links_and_contact_of_public_pages()
    {
        await SetThemeAsync(ThemeSettings.DefaultKey);
        using var admin = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Administrator);

        var saved = await admin.SubmitAsync(Page, "#theme-form", new()
        {
            ["Form.Theme"] = ThemeSettings.DefaultKey,
            ["Form.OrganisationName"] = "Communauté urbaine de Valmont",
            ["Form.LogoMediaId"] = string.Empty,
            ["Form.LogoUrl"] = "/medias/logo-valmont.svg",
            ["Form.LogoAlt"] = "Communauté urbaine de Valmont",
            ["Form.PrimaryColour"] = "#1f4e79",
            ["Form.AccentColour"] = "#8a1538",
            ["Form.HeaderLinks"] = "Nous contacter | /pages/contact",
            ["Form.FooterLinks"] = "Site de la communauté | https://www.valmont.example",
            ["Form.ContactEmail"] = "participation@valmont.example",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var home = await factory.GetDocumentAsync("/");
        var logo = home.QuerySelector("header .brand img")!;
        Assert.Equal("/medias/logo-valmont.svg", logo.GetAttribute("src"));
        Assert.Equal("Communauté urbaine de Valmont", logo.GetAttribute("alt"));
        Assert.Contains(home.QuerySelectorAll("header nav a"), a => a.TextContent == "Nous contacter" && a.GetAttribute("href") == "/pages/contact");
        Assert.Contains(home.QuerySelectorAll("footer a"), a => a.GetAttribute("href") == "https://www.valmont.example");
        Assert.Contains("participation@valmont.example", home.QuerySelector("footer address")!.TextContent, StringComparison.Ordinal);
        var stylesheet = home.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).Single(h => h.StartsWith("/theme/identite.css?v=", StringComparison.Ordinal));
        var css = await GetTextAsync(stylesheet);
        Assert.Contains("--brand-primary: #1f4e79;", css, StringComparison.Ordinal);
        Assert.Contains("--brand-accent: #8a1538;", css, StringComparison.Ordinal);
        Assert.Contains("fill=\"#1f4e79\"", await GetTextAsync("/favicon.svg"), StringComparison.Ordinal);

        // A new colour is a new stylesheet address: browsers that kept the old one for a year fetch the new one.
        await admin.SubmitAsync(Page, "#theme-form", new() { ["Form.PrimaryColour"] = "#5c2d91" });
        var next = (await factory.GetDocumentAsync("/")).QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).Single(h => h.StartsWith("/theme/identite.css", StringComparison.Ordinal));
        Assert.NotEqual(stylesheet, next);
        Assert.Contains("--brand-primary: #5c2d91;", await GetTextAsync(next), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_colour_too_light_for_white_text_is_refused_in_French_and_what_was_typed_comes_back()
    {
        await SetThemeAsync(ThemeSettings.DefaultKey);
        using var admin = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Administrator);
        var before = await GetTextAsync("/theme/identite.css");

        var refused = await admin.SubmitAsync(Page, "#theme-form", new()
        {
            ["Form.OrganisationName"] = "Département d'Exemple",
            ["Form.PrimaryColour"] = "#f5a623",
            ["Form.HeaderLinks"] = "Agenda | /pages/agenda",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await BrowserlessUser.ParseAsync(Page, refused);
        var alert = page.QuerySelector("[role=alert]")!;
        Assert.Contains("Couleur principale : #f5a623 n'offre qu'un contraste de 2,02:1 avec le blanc ; il en faut au moins 4,5:1", alert.TextContent, StringComparison.Ordinal);
        Assert.Equal("#primary-colour", alert.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("#f5a623", page.QuerySelector("#primary-colour")!.GetAttribute("value"));
        Assert.Equal("Département d'Exemple", page.QuerySelector("#organisation-name")!.GetAttribute("value"));
        Assert.Equal("Agenda | /pages/agenda", page.QuerySelector("#header-links")!.TextContent);
        Assert.Equal(before, await GetTextAsync("/theme/identite.css"));
    }

    [Fact]
    public async Task A_recipe_with_a_light_accent_colour_is_refused_with_its_json_path()
    {
        const string recipe = """
            { "name": "identite", "steps": [ { "name": "theme", "theme": "organisation",
              "identity": { "organisationName": "Ville d'Exemple", "primaryColour": "#000091", "accentColour": "#7fdbff",
                "headerLinks": [ { "text": "Contact", "href": "javascript:alert(1)" } ] } } ] }
            """;
        await using var scope = factory.Services.CreateAsyncScope();
        using var json = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(recipe));

        var error = await Assert.ThrowsAsync<RecipeValidationException>(() =>
            scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync("identite.recipe.json", json, TestContext.Current.CancellationToken));

        Assert.Equal(["$.steps[0].identity.accentColour", "$.steps[0].identity.headerLinks[0].href"], error.Errors.Select(e => e.JsonPath));
        Assert.StartsWith("Couleur d'accentuation : #7fdbff n'offre qu'un contraste", error.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dsfr_theme_renders_the_home_and_a_process_page_in_the_states_header_and_footer()
    {
        await SetThemeAsync("dsfr");
        try
        {
            foreach (var path in new[] { "/", Process })
            {
                var page = await factory.GetDocumentAsync(path);
                Assert.Equal("République<br>Française", page.QuerySelector("header.fr-header .fr-header__logo .fr-logo")!.InnerHtml.Trim());
                Assert.NotNull(page.QuerySelector("header .fr-header__service-title"));
                Assert.NotNull(page.QuerySelector("footer.fr-footer .fr-footer__bottom a[href='/accessibilite']"));
                Assert.Contains(page.QuerySelectorAll("link[rel=stylesheet]"), l => l.GetAttribute("href")!.StartsWith("/_content/Portal.Theme.Dsfr/dsfr/dsfr.min.css", StringComparison.Ordinal));
                Assert.NotNull(page.QuerySelector("main#contenu h1"));
            }

            Assert.Contains(".fr-header", await GetTextAsync("/_content/Portal.Theme.Dsfr/dsfr/dsfr.min.css"), StringComparison.Ordinal);
            using var client = factory.CreateClient();
            var font = await client.GetAsync(new Uri("/_content/Portal.Theme.Dsfr/dsfr/fonts/Marianne-Regular.woff2", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, font.StatusCode);
        }
        finally
        {
            await SetThemeAsync(ThemeSettings.DefaultKey);
        }

        Assert.Null((await factory.GetDocumentAsync("/")).QuerySelector(".fr-header"));
    }

    [Fact]
    public async Task The_theme_page_says_next_to_the_dsfr_that_only_state_services_may_use_it()
    {
        using var admin = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Administrator);

        var page = await admin.GetAsync(Page);

        var dsfr = page.QuerySelector("#theme-dsfr")!;
        var note = page.GetElementById(dsfr.GetAttribute("aria-describedby")!)!;
        Assert.StartsWith("Réservé aux services de l'État", note.TextContent, StringComparison.Ordinal);
    }

    private async Task SetThemeAsync(string theme)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<SiteSettingsStore>();
        var current = (await store.GetAsync(TestContext.Current.CancellationToken)).Section<ThemeSettings>(ThemeSettings.Key);
        await store.SetSectionAsync(ThemeSettings.Key, current with { Theme = theme }, TestContext.Current.CancellationToken);
    }

    private async Task<string> GetTextAsync(string path)
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }
}
