using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Audit;
using Portal.Core.Cli;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Site;
using Portal.Tests.Infrastructure;
using Portal.Tests.Workflows;
using Portal.Workflows.Publication;

namespace Portal.Tests.Security;

/// <summary>Revocation is immediate: a demoted or locked member's open session cannot act once more, and each change is audited.</summary>
public sealed class RevocationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_member_whose_copil_role_was_removed_cannot_approve_from_an_open_page()
    {
        using var member = await BrowserlessUser.SignedInAsync(factory, PortalRoles.CopilMember);
        using var admin = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Administrator);
        var id = await SubmittedPageAsync();
        var page = await member.GetAsync($"/admin/validation/{await SubmissionIdAsync(id)}");
        MarkForm(page, "valider");

        var removed = await admin.SubmitAsync("/admin/utilisateurs", "form[action*=Membership]",
            new() { ["email"] = member.Email, ["role"] = PortalRoles.CopilMember, ["member"] = "false" });
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var approval = await member.SubmitAsync(page, "#action-valider", []);

        Assert.Equal(HttpStatusCode.Redirect, approval.StatusCode);
        Assert.Contains("/admin/connexion", approval.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Empty((await WorkflowSteps.TrackAsync(factory.Services, id, WorkflowSteps.Copil1)).Approvals.SelectMany(a => a.Approvers));
        Assert.Contains(await AuditAsync(AuditActions.RoleRevoked), e => e.Actor == admin.Email && e.Comment == PortalRoles.CopilMember);
    }

    [Fact]
    public async Task A_member_locked_from_the_command_line_is_signed_out_at_the_next_request()
    {
        using var member = await BrowserlessUser.SignedInAsync(factory, PortalRoles.CopilMember);
        Assert.Equal(HttpStatusCode.OK, (await member.Client.GetAsync(new Uri("/admin", UriKind.Relative), Ct)).StatusCode);

        var locked = await CliDispatcher.RunAsync(factory.Services, ["users", "lock", "--email", member.Email], new CliConsole(new StringReader(string.Empty), TextWriter.Null, TextWriter.Null), Ct);

        Assert.Equal(0, locked);
        var next = await member.Client.GetAsync(new Uri("/admin", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Contains("/admin/connexion", next.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains(await AuditAsync(AuditActions.AccountLocked), e => e.Actor == "ligne-de-commande");
    }

    /// <summary>A new free page, submitted to the COPIL by an editor.</summary>
    private async Task<string> SubmittedPageAsync()
    {
        var id = $"page-revocation-{Guid.NewGuid():N}";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<ContentStore>().CreateAsync(
                new NewContentItem(new FreePage("Page à valider", id, "Texte soumis au COPIL"), WorkflowSteps.Editor.Name) { ContentItemId = id }, Ct);
            Assert.True(created.Succeeded);
        }

        Assert.True((await WorkflowSteps.TakeAsync(factory.Services, id, "soumettre", WorkflowSteps.Editor)).Succeeded);
        return id;
    }

    private async Task<long> SubmissionIdAsync(string id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<WorkflowSubmission>()
            .Where(s => s.ContentItemId == id && s.Active).Select(s => s.Id).SingleAsync(Ct);
    }

    /// <summary>Gives the workflow form of a transition an id, to post it as the browser would.</summary>
    private static void MarkForm(IDocument page, string transition) =>
        page.QuerySelectorAll("form.workflow-action").Single(f => f.QuerySelector("input[name=transition]")!.GetAttribute("value") == transition)
            .Id = $"action-{transition}";

    private async Task<List<AuditEntry>> AuditAsync(string action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<AuditEntry>().AsNoTracking()
            .Where(e => e.Action == action && e.ContentType == AuditSubject.AccountType).ToListAsync(Ct);
    }
}
