using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Identity;
using Portal.Processes.Content;
using Portal.Processes.Recipes;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Workflows;

/// <summary>A whole process at once: an editor submits every draft, members validate a selection from their inbox.</summary>
public abstract class WorkflowBatchTests(PortalFactoryBase factory)
{
    private const string ProcessId = "demo-departement-assemblee-citoyenne-2022";
    private static readonly string[] Codes = ["ALI-1", "ALI-2"];

    [Fact]
    public async Task Submit_every_draft_then_validate_the_selection_from_the_inbox()
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

        // A COPIL member may read the process page but not submit for the editors.
        var processPage = $"/admin/demarches/{ProcessId}";
        var refused = await member1.SubmitAsync(processPage, "#soumettre-tout", []);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/admin/acces-refuse", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var submitted = await editor.SubmitAsync(processPage, "#soumettre-tout", []);
        var report = await BrowserlessUser.ParseAsync(processPage, submitted);
        Assert.Contains("2 brouillon(s) soumis au COPIL.", report.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.All(Codes, code => Assert.Equal(ContentStatus.InReview, Latest(code).Status));

        foreach (var (member, expected) in new[] { (member1, ContentStatus.InReview), (member2, ContentStatus.Approved) })
        {
            var inbox = await member.GetAsync("/admin/validation");
            var boxes = inbox.QuerySelectorAll("input[name=selection]").Select(b => b.GetAttribute("value")!).ToList();
            Assert.Equal(2, boxes.Count);
            var form = new FormUrlEncodedContent([
                .. boxes.Select(v => new KeyValuePair<string, string>("selection", v)),
                new("transition", "valider"),
                new("__RequestVerificationToken", inbox.QuerySelector("#lot input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
            ]);
            var answer = await member.Client.PostAsync(new Uri("/admin/validation?handler=Batch", UriKind.Relative), form, ct);
            var page = await BrowserlessUser.ParseAsync("/admin/validation", answer);
            Assert.Contains("2 action(s) prise(s).", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
            Assert.All(Codes, code => Assert.Equal(expected, Latest(code).Status));
        }
    }

    private ContentItemVersion Latest(string code)
    {
        using var scope = factory.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<ContentStore>().GetLatestAsync(ProcessItemIds.Proposition(ProcessId, code)).GetAwaiter().GetResult()!;
    }
}

public sealed class SqliteWorkflowBatchTests(PortalFactory factory) : WorkflowBatchTests(factory), IClassFixture<PortalFactory>;

public sealed class PostgreSqlWorkflowBatchTests(PostgreSqlPortalFactory factory) : WorkflowBatchTests(factory), IClassFixture<PostgreSqlPortalFactory>;
