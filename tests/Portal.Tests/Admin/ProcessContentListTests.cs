using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Processes.Content;
using Portal.Processes.Recipes;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

/// <summary>A process's content list in the back office: filters by type, state, author and « ce qui m'attend », 50 per page.</summary>
public sealed class ProcessContentListTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Process = "demo-departement-assemblee-citoyenne-2022";

    [Fact]
    public async Task Filtering_by_type_lists_every_item_of_that_type_and_no_other()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var expected = await LatestAsync(v => v.ContentType == "ReponseMotivee");

        var page = await editor.GetAsync($"/admin/demarches/{Process}?type=ReponseMotivee");

        var rows = page.QuerySelectorAll("table.content-list tbody tr").ToList();
        Assert.Equal(Math.Min(expected.Count, 50), rows.Count);
        Assert.All(rows, r => Assert.Equal("Réponse motivée", r.Children[1].TextContent.Trim()));
        Assert.Contains(French(expected.Count), page.QuerySelector(".content-count")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_over_a_published_item_is_found_by_state_and_by_its_author()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var id = ProcessItemIds.Proposition(Process, "NUM-1");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
            var current = (await store.GetPublishedAsync(id, TestContext.Current.CancellationToken))!;
            var saved = await store.SaveDraftAsync(id, store.Read<Proposition>(current) with { Title = "Titre en cours de reprise" }, editor.Email, current.ConcurrencyStamp, TestContext.Current.CancellationToken);
            Assert.True(saved.Succeeded);
        }

        var changed = await editor.GetAsync($"/admin/demarches/{Process}?etat=modifie&auteur={Uri.EscapeDataString(editor.Email)}");
        var row = Assert.Single(changed.QuerySelectorAll("table.content-list tbody tr"));
        Assert.Contains("Titre en cours de reprise", row.TextContent, StringComparison.Ordinal);

        var published = await editor.GetAsync($"/admin/demarches/{Process}?etat=publie&q={Uri.EscapeDataString("en cours de reprise")}");
        Assert.Empty(published.QuerySelectorAll("table.content-list tbody tr"));
    }

    [Fact]
    public async Task Waiting_for_me_lists_what_a_copil_member_may_validate_in_this_process()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        using var member = await BrowserlessUser.SignedInAsync(factory, PortalRoles.CopilMember);
        const string Edit = "/admin/contenu/modifier?id=demo-departement-assemblee-citoyenne-2022%2Fproposition%2FNUM-2";
        var form = await editor.GetAsync(Edit);
        await editor.SubmitAsync(form, "form.stacked-form", new() { ["title"] = "Proposition soumise pour la liste" });
        var submitted = await editor.SubmitAsync(await editor.GetAsync(Edit), "form.workflow-action", []);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, submitted.StatusCode);

        var mine = await member.GetAsync($"/admin/demarches/{Process}?attente=moi");
        Assert.Contains(mine.QuerySelectorAll("table.content-list tbody tr"), r => r.TextContent.Contains("Proposition soumise pour la liste", StringComparison.Ordinal));

        var editorsOwn = await editor.GetAsync($"/admin/demarches/{Process}?attente=moi");
        Assert.DoesNotContain(editorsOwn.QuerySelectorAll("table.content-list tbody tr"), r => r.TextContent.Contains("Proposition soumise pour la liste", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_large_process_is_shown_fifty_items_a_page_with_every_item_on_some_page()
    {
        const string Large = "liste-volumineuse";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
            var ct = TestContext.Current.CancellationToken;
            Assert.True((await store.CreateAsync(new NewContentItem(new Process("Une démarche de 120 propositions", Large, "Résumé", "Organisateur", "Territoire", ["Essai"], new DateOnly(2026, 1, 1), null), "editeur") { ContentItemId = Large, ProcessId = Large }, ct)).Succeeded);
            for (var i = 1; i <= 120; i++)
            {
                var code = $"L-{i:000}";
                Assert.True((await store.CreateAsync(new NewContentItem(new Proposition(code, $"Proposition {code}", "Texte", "Essai"), "editeur") { ContentItemId = ProcessItemIds.Proposition(Large, code), ProcessId = Large }, ct)).Succeeded);
            }
        }

        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var seen = new List<string>();
        for (var p = 1; p <= 3; p++)
        {
            var page = await editor.GetAsync($"/admin/demarches/{Large}?type=Proposition&page={p}");
            seen.AddRange(page.QuerySelectorAll("table.content-list tbody th a").Select(a => a.TextContent));
            Assert.Contains($"page {p} sur 3", page.QuerySelector(".content-count")!.TextContent, StringComparison.Ordinal);
            if (p < 3)
            {
                // The next page keeps the filters.
                Assert.Equal($"/admin/demarches/{Large}?type=Proposition&page={p + 1}#contenus", page.QuerySelector("a[rel=next]")!.GetAttribute("href"));
            }
        }

        Assert.Equal(120, seen.Distinct(StringComparer.Ordinal).Count());
    }

    private async Task<List<ContentItemVersion>> LatestAsync(Func<ContentItemVersion, bool> keep)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return [.. (await db.ContentItemVersions.AsNoTracking().Where(v => v.ProcessId == Process && v.Latest).ToListAsync(TestContext.Current.CancellationToken)).Where(keep)];
    }

    private static string French(int count) => count.ToString("N0", Portal.Core.Text.French.Culture);
}
