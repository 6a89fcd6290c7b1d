using System.Net;
using Portal.Core.Identity;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Search;

/// <summary>The back-office thesaurus page: preview before saving, saved edits used by the public search, bad lines refused in French.</summary>
public sealed class ThesaurusPageTests : IAsyncLifetime
{
    private const string Page = "/admin/recherche/thesaurus";
    private readonly PortalFactory _factory = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task An_administrator_previews_then_saves_a_synonym_and_the_public_search_uses_it()
    {
        using var admin = await BrowserlessUser.SignedInAsync(_factory, PortalRoles.Administrator);
        var form = await admin.GetAsync(Page);
        var text = form.QuerySelector("textarea#Text")!.TextContent;
        Assert.Contains("illectronisme", text, StringComparison.Ordinal);
        Assert.Equal("Aucun résultat.", (await _factory.GetDocumentAsync("/recherche?q=zorglub")).QuerySelector("[role=status]")!.TextContent.Trim());

        var edited = text + "\nzorglub, covoiturage\n";
        var previewed = await BrowserlessUser.ParseAsync(Page, await admin.SubmitAsync(form, "#thesaurus", new()
        {
            ["Text"] = edited,
            ["Query"] = "zorglub",
            ["Intention"] = "apercu",
        }));
        var preview = previewed.QuerySelector("section[aria-labelledby=apercu]")!.TextContent;
        Assert.Contains("Thésaurus en service : 0 résultat", preview, StringComparison.Ordinal);
        Assert.Contains("« covoiturage »", preview, StringComparison.Ordinal);
        // A preview changes nothing for the public.
        Assert.Equal("Aucun résultat.", (await _factory.GetDocumentAsync("/recherche?q=zorglub&apercu=1")).QuerySelector("[role=status]")!.TextContent.Trim());

        var saved = await admin.SubmitAsync(previewed, "#thesaurus", new() { ["Text"] = edited, ["Intention"] = "enregistrer" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var results = await _factory.GetDocumentAsync("/recherche?q=zorglub&apres=1");
        Assert.NotNull(results.QuerySelector(".search-results mark"));
        Assert.Contains("« covoiturage »", results.QuerySelector(".synonyms")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_line_with_one_expression_is_refused_and_the_text_comes_back()
    {
        using var admin = await BrowserlessUser.SignedInAsync(_factory, PortalRoles.Administrator);
        var form = await admin.GetAsync(Page);

        var refused = await admin.SubmitAsync(form, "#thesaurus", new() { ["Text"] = "CNIL, commission nationale de l'informatique et des libertés\nvélo", ["Intention"] = "enregistrer" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await BrowserlessUser.ParseAsync(Page, refused);
        Assert.Contains("Ligne 2 : « vélo » n'a qu'une expression", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("CNIL, commission nationale", page.QuerySelector("textarea#Text")!.TextContent, StringComparison.Ordinal);
    }
}
