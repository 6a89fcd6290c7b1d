using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Admin;
using Portal.Core.Content;
using Portal.Core.Identity;
using Portal.Processes.Content;
using Portal.Processes.Recipes;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Workflows;

/// <summary>A whole process at once: an editor submits every draft as one lot, members validate it from their inbox.</summary>
public abstract class WorkflowBatchTests(PortalFactoryBase factory)
{
    private const string ProcessId = "demo-departement-assemblee-citoyenne-2022";
    private static readonly string[] Codes = ["ALI-1", "ALI-2"];

    [Fact]
    public async Task Every_draft_goes_as_one_lot_then_each_member_validates_it_once_from_the_inbox()
    {
        var ct = TestContext.Current.CancellationToken;
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        using var member1 = await BrowserlessUser.SignedInAsync(factory, PortalRoles.CopilMember);
        using var member2 = await BrowserlessUser.SignedInAsync(factory, PortalRoles.CopilMember);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
            foreach (var code in Codes)
            {
                var id = ProcessItemIds.Proposition(ProcessId, code);
                var latest = (await store.GetLatestAsync(id, ct))!;
                var changed = store.Read<Proposition>(latest) with { Title = $"Titre revu {code}" };
                Assert.True((await store.SaveDraftAsync(id, changed, editor.Email, latest.ConcurrencyStamp, ct)).Succeeded);
            }
        }

        // A COPIL member may read the process page but not gather drafts for the editors.
        var newLot = $"/admin/lots/nouveau?demarche={ProcessId}";
        var refused = await member1.Client.GetAsync(new Uri(newLot, UriKind.Relative), ct);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/admin/acces-refuse", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var processPage = await editor.GetAsync($"/admin/demarches/{ProcessId}");
        Assert.Equal("/admin/lots/nouveau", processPage.QuerySelector("#soumettre-tout")!.GetAttribute("action"));
        var submitted = await editor.SubmitAsync(newLot, "#nouveau-lot", new() { ["nom"] = "Titres revus" });
        var lotPage = await editor.FollowJobAsync(submitted);
        Assert.True(lotPage.Job.Contains("2 élément(s) du lot", StringComparison.Ordinal), lotPage.Job);
        Assert.All(Codes, code => Assert.Equal("Soumis au COPIL", StateOf(code)));

        foreach (var (member, other, expected) in new[] { (member1, member2, "Soumis au COPIL"), (member2, member1, "Validé par le COPIL") })
        {
            var inbox = await member.GetAsync("/admin/validation");
            var lot = Assert.Single(inbox.QuerySelectorAll("input[name=lots]"));
            Assert.Empty(inbox.QuerySelectorAll("input[name=selection]"));
            var answer = await member.SubmitAsync(inbox, "#lots", new() { ["lots"] = lot.GetAttribute("value")!, ["transition"] = "valider" });
            var page = await BrowserlessUser.ParseAsync("/admin/validation", answer);
            Assert.Contains("1 lot(s) traité(s).", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
            Assert.All(Codes, code => Assert.Equal(expected, StateOf(code)));

            // What the member already approved no longer waits for them.
            Assert.Empty((await member.GetAsync("/admin/validation")).QuerySelectorAll("input[name=lots]"));
            Assert.Contains("rien en attente", (await member.GetAsync("/admin")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(expected == "Soumis au COPIL" ? 1 : 0, (await other.GetAsync("/admin/validation")).QuerySelectorAll("input[name=lots]").Length);
        }
    }

    /// <summary>The state the back office shows for a proposition's latest version (the workflow's label).</summary>
    private string StateOf(string code)
    {
        using var scope = factory.Services.CreateScope();
        var latest = scope.ServiceProvider.GetRequiredService<ContentStore>().GetLatestAsync(ProcessItemIds.Proposition(ProcessId, code)).GetAwaiter().GetResult()!;
        return scope.ServiceProvider.GetRequiredService<VersionStatuses>().OfAsync([latest]).GetAwaiter().GetResult().Of(latest);
    }
}

public sealed class SqliteWorkflowBatchTests(PortalFactory factory) : WorkflowBatchTests(factory), IClassFixture<PortalFactory>;

public sealed class PostgreSqlWorkflowBatchTests(PostgreSqlPortalFactory factory) : WorkflowBatchTests(factory), IClassFixture<PostgreSqlPortalFactory>;
