using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Processes.Content;
using Portal.Processes.Recipes;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Suivi;

/// <summary>« Historique des modifications » of a response: earlier published texts with a word diff, never a draft.</summary>
public sealed class ResponseHistoryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string ProcessId = "demo-cu-vivre-demain-2036";
    private const string Permalink = "/demarches/vivre-demain-territoire-2036/propositions/";

    [Fact]
    public async Task A_response_changed_and_published_again_shows_its_earlier_text_and_the_words_changed()
    {
        var ct = TestContext.Current.CancellationToken;
        var id = ProcessItemIds.Response(ProcessItemIds.Proposition(ProcessId, "P-3"));
        Response first;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
            var published = (await store.GetPublishedAsync(id, ct))!;
            first = store.Read<Response>(published);
            var changed = first with { Motivation = "Motivation entièrement réécrite après la délibération rectificative de mars." };
            var draft = (await store.SaveDraftAsync(id, changed, "redaction", published.ConcurrencyStamp, ct)).Version!;
            Assert.True((await store.PublishAsync(id, draft.Version, "redaction", cancellationToken: ct)).Succeeded);
        }

        var permalink = await factory.GetDocumentAsync(Permalink + "P-3");
        var note = permalink.QuerySelector(".voice-organiser .revision-note")!;
        Assert.Contains("Cette réponse a été modifiée le", note.TextContent, StringComparison.Ordinal);
        var history = await factory.GetDocumentAsync(note.QuerySelector("a")!.GetAttribute("href")!);

        var response = history.QuerySelectorAll("section.item-history").Single(s => s.QuerySelector("h2")!.TextContent == "Réponse de l'organisateur");
        var versions = response.QuerySelectorAll("article.published-version");
        Assert.Equal(2, versions.Length);
        Assert.StartsWith("Version en vigueur", versions[0].QuerySelector("h3")!.TextContent, StringComparison.Ordinal);
        var earlier = versions[1];
        Assert.StartsWith("Version remplacée, publiée le", earlier.QuerySelector("h3")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(first.Motivation.Trim(), earlier.QuerySelector(".published-text")!.TextContent, StringComparison.Ordinal);
        var deleted = string.Concat(earlier.QuerySelectorAll(".text-diff del").Select(d => d.TextContent));
        var inserted = string.Concat(earlier.QuerySelectorAll(".text-diff ins").Select(i => i.TextContent));
        Assert.Contains("délibération rectificative", inserted, StringComparison.Ordinal);
        Assert.Contains("[ajouté : ", inserted, StringComparison.Ordinal);
        Assert.Contains("[supprimé : ", deleted, StringComparison.Ordinal);
        var firstWord = first.Motivation.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        Assert.Contains(firstWord, deleted, StringComparison.Ordinal);
        Assert.Contains("Décision : ", earlier.QuerySelector(".text-diff")!.TextContent, StringComparison.Ordinal); // kept, not marked
        Assert.DoesNotContain(earlier.QuerySelectorAll(".text-diff del, .text-diff ins"), e => e.TextContent.Contains("Décision", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_draft_change_shows_neither_on_the_permalink_nor_in_the_history()
    {
        var ct = TestContext.Current.CancellationToken;
        const string Draft = "Brouillon jamais publié de la motivation";
        var id = ProcessItemIds.Response(ProcessItemIds.Proposition(ProcessId, "P-6"));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
            var published = (await store.GetPublishedAsync(id, ct))!;
            var draft = await store.SaveDraftAsync(id, store.Read<Response>(published) with { Motivation = Draft }, "redaction", published.ConcurrencyStamp, ct);
            Assert.NotNull(draft.Version);
        }

        var permalink = await factory.GetDocumentAsync(Permalink + "P-6");
        var history = await factory.GetDocumentAsync(Permalink + "P-6/historique");

        Assert.Empty(permalink.QuerySelectorAll(".voice-organiser .revision-note"));
        Assert.DoesNotContain(Draft, permalink.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(Draft, history.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(history.QuerySelectorAll("article.published-version"));
        Assert.Contains("jamais modifié depuis", history.QuerySelector("section.item-history p")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_proposition_has_no_history()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(new Uri(Permalink + "P-999/historique", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
