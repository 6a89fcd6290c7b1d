using AngleSharp.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Site;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Committees;
using Portal.Workflows.Lots;
using Portal.Workflows.Publication;

namespace Portal.Tests.Workflows;

/// <summary>
/// The dashboard of what waits for whom (/admin/validation/tableau-de-bord), read as HTML: the people it names are those
/// the workflow state says must act, a member who approved drops out, a text sent back waits for its author, and a COPIL
/// member of another process does not see the submission at all.
/// </summary>
public sealed class WaitingBoardPageTests
{
    private const string Page = "/admin/validation/tableau-de-bord";
    private const string Process = "demo-cu-vivre-demain-2036";
    private const string OtherProcess = "demo-departement-assemblee-citoyenne-2022";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_people_waited_for_are_those_the_workflow_state_names_and_an_approving_member_drops_out()
    {
        await using var factory = new PortalFactory();
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        using var first = await BrowserlessUser.SignedInAsync(factory, PortalRoles.CopilMember);
        using var second = await BrowserlessUser.SignedInAsync(factory, PortalRoles.CopilMember);
        using var outsider = await BrowserlessUser.SignedInAsync(factory, PortalRoles.CopilMember);
        await SeatAsync(factory, Process, first.Email, second.Email);
        await SeatAsync(factory, OtherProcess, outsider.Email);
        var author = new StaffMember(editor.Email, [PortalRoles.Editor]);
        var id = await CreatePageAsync(factory, "revue", author);
        Assert.Equal(WorkflowOutcomeKind.Completed, (await WorkflowSteps.TakeAsync(factory.Services, id, "soumettre", author)).Kind);
        var lotItem = await CreatePageAsync(factory, "lot", author);
        long lotId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var lot = await scope.ServiceProvider.GetRequiredService<LotWorkflow>().SubmitAsync(new NewLot("Lot du tableau de bord", Process, [new VersionKey(lotItem, 1)], author), cancellationToken: Ct);
            lotId = lot.LotId!.Value;
        }

        Assert.Equal(WorkflowOutcomeKind.Recorded, (await WorkflowSteps.TakeAsync(factory.Services, id, "valider", new StaffMember(first.Email, [PortalRoles.CopilMember]))).Kind);

        var seen = await second.GetAsync(Page);
        var submission = await SubmissionAsync(factory, id);
        Assert.Equal(await ExpectedPeopleAsync(factory, submission), PeopleOn(seen, $"soumission-{submission.Id}"));
        Assert.Equal([second.Email.ToLowerInvariant()], PeopleOn(seen, $"soumission-{submission.Id}"));
        Assert.Equal(new[] { first.Email, second.Email }.Select(e => e.ToLowerInvariant()).Order(StringComparer.Ordinal), PeopleOn(seen, $"lot-{lotId}"));
        Assert.NotNull(seen.GetElementById($"moi-soumission-{submission.Id}"));

        var approver = await first.GetAsync(Page);
        Assert.NotNull(approver.GetElementById($"soumission-{submission.Id}"));
        Assert.Null(approver.GetElementById($"moi-soumission-{submission.Id}"));
        Assert.DoesNotContain(first.Email.ToLowerInvariant(), PeopleOn(approver, $"soumission-{submission.Id}"));

        var other = await outsider.GetAsync(Page);
        Assert.Null(other.GetElementById($"soumission-{submission.Id}"));
        Assert.Null(other.GetElementById($"lot-{lotId}"));
        Assert.DoesNotContain(submission.DisplayText, other.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_sent_back_waits_for_its_author_and_leaves_the_board_once_corrected()
    {
        await using var factory = new PortalFactory();
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        using var member = await BrowserlessUser.SignedInAsync(factory, PortalRoles.CopilMember);
        var author = new StaffMember(editor.Email, [PortalRoles.Editor]);
        var id = await CreatePageAsync(factory, "renvoi", author);
        await WorkflowSteps.TakeAsync(factory.Services, id, "soumettre", author);
        Assert.Equal(WorkflowOutcomeKind.Completed, (await WorkflowSteps.TakeAsync(factory.Services, id, "renvoyer", new StaffMember(member.Email, [PortalRoles.CopilMember]), "Précisez la méthode.")).Kind);
        var sentBack = await SubmissionAsync(factory, id, active: false);

        var board = await editor.GetAsync(Page);

        Assert.Equal([editor.Email], PeopleOn(board, $"soumission-{sentBack.Id}"));
        Assert.Contains("renvoyé avec commentaires", board.GetElementById($"moi-soumission-{sentBack.Id}")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await member.GetAsync(Page)).GetElementById($"moi-soumission-{sentBack.Id}"));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
            var latest = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().ContentItemVersions.AsNoTracking().SingleAsync(v => v.ContentItemId == id && v.Latest, Ct);
            Assert.True((await store.SaveDraftAsync(id, new FreePage("Méthode", "renvoi", "Texte corrigé"), editor.Email, latest.ConcurrencyStamp, Ct)).Succeeded);
        }

        Assert.Null((await editor.GetAsync(Page)).GetElementById($"soumission-{sentBack.Id}"));
    }

    /// <summary>The names listed as having to act on a line of the « who » table, in order.</summary>
    private static List<string> PeopleOn(IDocument page, string anchor) =>
        [.. (page.GetElementById(anchor) ?? throw new InvalidOperationException($"No line {anchor} on the board")).QuerySelectorAll("td.qui li").Select(li => li.TextContent.Trim())];

    /// <summary>
    /// Who must act, computed from the workflow state as the rules say: accounts seated on the process's COPIL that
    /// hold the COPIL role, less those who acted in the submission's current round, less its author.
    /// </summary>
    private static async Task<List<string>> ExpectedPeopleAsync(PortalFactory factory, WorkflowSubmission submission)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var acted = await db.Set<WorkflowAction>().Where(a => a.SubmissionId == submission.Id && a.Round == submission.Round).Select(a => a.Actor).ToListAsync(Ct);
        var seated = (await scope.ServiceProvider.GetRequiredService<ProcessCommittees>().OfAsync(Process, Ct))
            .Single(c => c.Kind == CommitteeKind.Copil).Seats.Select(s => s.UserName).OfType<string>();
        var expected = new List<string>();
        foreach (var name in seated)
        {
            var user = await users.FindByNameAsync(name);
            if (user is not null && await users.IsInRoleAsync(user, PortalRoles.CopilMember)
                && !acted.Contains(name, StringComparer.OrdinalIgnoreCase) && !submission.IsSubmittedBy(name))
            {
                expected.Add(user.UserName!);
            }
        }

        return [.. expected.Order(StringComparer.Ordinal)];
    }

    private static async Task SeatAsync(PortalFactory factory, string process, params string[] emails)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var committees = scope.ServiceProvider.GetRequiredService<ProcessCommittees>();
        foreach (var email in emails)
        {
            Assert.True(await committees.SeatAsync(process, CommitteeKind.Copil, new CommitteeSeat { DisplayName = "Membre de test", UserName = email }, "admin@exemple.fr", Ct));
        }
    }

    private static async Task<string> CreatePageAsync(PortalFactory factory, string slug, StaffMember author)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var id = $"{Process}/tableau-{slug}";
        var created = await scope.ServiceProvider.GetRequiredService<ContentStore>()
            .CreateAsync(new NewContentItem(new FreePage($"Page « {slug} »", $"tableau-{slug}", "Texte initial"), author.Name) { ContentItemId = id, ProcessId = Process }, Ct);
        Assert.True(created.Succeeded);
        return id;
    }

    private static async Task<WorkflowSubmission> SubmissionAsync(PortalFactory factory, string id, bool active = true)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<WorkflowSubmission>().AsNoTracking()
            .Where(s => s.ContentItemId == id && s.Active == active).OrderByDescending(s => s.Id).FirstAsync(Ct);
    }
}
