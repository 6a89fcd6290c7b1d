using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Identity;
using Portal.Processes.Content;
using Portal.Processes.Recipes;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Text;

/// <summary>
/// Markdig throws beyond about 128 nested « &gt; »: such a text was saved, published, and then broke its
/// pages with a 500 on every visit. It is now refused at save, and one already stored shows as raw text.
/// </summary>
public sealed class UnrenderableTextTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Slug = "vivre-demain-territoire-2036";
    private const string ProcessId = "demo-cu-vivre-demain-2036";
    private static readonly string DeepQuote = new string('>', 200) + " citation";

    [Fact]
    public async Task Deep_quote_text_is_refused_at_save_with_a_French_message_next_to_the_field()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var id = ProcessItemIds.Proposition(ProcessId, "P-4");
        var path = $"/admin/contenu/modifier?id={Uri.EscapeDataString(id)}";
        var before = await VersionsAsync(id);

        var response = await editor.SubmitAsync(path, "form.stacked-form", new() { ["text"] = DeepQuote });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowserlessUser.ParseAsync(path, response);
        var field = page.QuerySelector("textarea[name=text]")!;
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        Assert.Equal(DeepQuote, field.TextContent);
        var error = page.GetElementById(field.GetAttribute("aria-describedby")!.Split(' ')[0])!.TextContent;
        Assert.Contains("imbrique trop de citations", error, StringComparison.Ordinal);
        Assert.Equal(before, await VersionsAsync(id));
    }

    [Fact]
    public async Task Forms_state_the_length_limits_of_their_fields()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);

        var page = await editor.GetAsync($"/admin/contenu/modifier?id={Uri.EscapeDataString(ProcessItemIds.Proposition(ProcessId, "P-4"))}");

        Assert.Equal("20000", page.QuerySelector("textarea[name=text]")!.GetAttribute("maxlength"));
        Assert.Equal("1000", page.QuerySelector("input[name=title]")!.GetAttribute("maxlength"));
        Assert.Contains(page.QuerySelectorAll("p.hint"), hint => hint.TextContent.Contains("20\u202F000 caractères au plus", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_deep_text_already_stored_and_published_shows_its_pages_with_the_raw_text()
    {
        var ct = TestContext.Current.CancellationToken;
        var mandatId = ProcessItemIds.Section(ProcessId, "mandat");
        var propositionId = ProcessItemIds.Proposition(ProcessId, "P-1");
        long mandatVersion;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // Straight through the store, as texts saved before the limits existed: no validation.
            var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
            var mandat = (await store.GetLatestAsync(mandatId, ct))!;
            var draft = (await store.SaveDraftAsync(mandatId, new Mandate(DeepQuote), "redaction", mandat.ConcurrencyStamp, ct)).Version!;
            Assert.True((await store.PublishAsync(mandatId, draft.Version, "redaction", cancellationToken: ct)).Succeeded);
            mandatVersion = draft.Id;
            var proposition = (await store.GetLatestAsync(propositionId, ct))!;
            var text = store.Read<Proposition>(proposition) with { Text = DeepQuote };
            draft = (await store.SaveDraftAsync(propositionId, text, "redaction", proposition.ConcurrencyStamp, ct)).Version!;
            Assert.True((await store.PublishAsync(propositionId, draft.Version, "redaction", cancellationToken: ct)).Succeeded);
        }

        foreach (var path in new[] { $"/demarches/{Slug}", $"/demarches/{Slug}/propositions/P-1", $"/demarches/{Slug}/historique/{mandatVersion}" })
        {
            var page = await factory.GetDocumentAsync(path);
            var raw = page.QuerySelector("p.texte-brut");
            Assert.True(raw is not null, $"{path} shows no raw text");
            Assert.Equal(DeepQuote, raw.TextContent);
        }
    }

    [Fact]
    public async Task Markdown_preview_answers_a_2000_deep_list_with_a_message()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var form = await editor.GetAsync("/admin/contenu/modifier?type=Demarche");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var indented = string.Concat(Enumerable.Range(0, 2000).Select(level => new string(' ', 2 * level) + "- point\n"));
        var onOneLine = string.Concat(Enumerable.Repeat("- ", 2000)) + "point";

        foreach (var (deepList, reason) in new[] { (indented, "ce texte est trop long"), (onOneLine, "ce texte imbrique trop de citations, de listes") })
        {
            using var content = new FormUrlEncodedContent([new("texte", deepList), new("__RequestVerificationToken", token)]);
            var response = await editor.Client.PostAsync(new Uri("/admin/markdown/apercu", UriKind.Relative), content, TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.StartsWith("<p class=\"field-error\">Aperçu impossible : " + reason, html, StringComparison.Ordinal);
        }
    }

    private async Task<int> VersionsAsync(string id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ContentStore>().GetVersionsAsync(id, TestContext.Current.CancellationToken)).Count;
    }
}
