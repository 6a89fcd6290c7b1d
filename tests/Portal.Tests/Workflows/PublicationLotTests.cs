using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Lots;
using Portal.Workflows.Publication;

namespace Portal.Tests.Workflows;

/// <summary>Publication lots through the « Validation COPIL » workflow: one submission, one approval per member, one atomic publication.</summary>
public sealed class PublicationLotTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [DatabaseEngines]
    public async Task A_lot_is_submitted_approved_once_per_member_and_published_by_one_action(DatabaseEngine engine)
    {
        await using var bench = await WorkflowBench.CreateAsync(engine);
        var ids = await bench.CreatePagesAsync(120);

        var submitted = await bench.SubmitLotAsync(ids);
        Assert.Equal(WorkflowOutcomeKind.Completed, submitted.Kind);
        var lotId = submitted.LotId!.Value;
        Assert.Equal(120, (await bench.LatestStatusesAsync(ids))[(ContentStatus.Draft, true)]);
        Assert.Equal(120, (await bench.SubmissionStatesAsync(ids))["soumis"]);

        Assert.Equal(WorkflowOutcomeKind.Recorded, (await bench.TakeLotAsync(lotId, "valider", WorkflowBench.Copil1)).Kind);
        Assert.Equal(WorkflowOutcomeKind.Refused, (await bench.TakeLotAsync(lotId, "valider", WorkflowBench.Copil1)).Kind);
        Assert.Equal(0, await bench.PublishedCountAsync(ids));
        Assert.Equal(WorkflowOutcomeKind.Completed, (await bench.TakeLotAsync(lotId, "valider", WorkflowBench.Copil2)).Kind);
        Assert.Equal(120, (await bench.SubmissionStatesAsync(ids))["valide"]);
        Assert.Equal(0, await bench.PublishedCountAsync(ids));

        var published = await bench.TakeLotAsync(lotId, "publier", WorkflowBench.Editor2);

        Assert.Equal(WorkflowOutcomeKind.Completed, published.Kind);
        Assert.Equal(120, await bench.PublishedCountAsync(ids));
        Assert.False((await bench.LotAsync(lotId)).Active);

        // Each item keeps its own history, and lives on its own once published (an administrator may take one down).
        var item = await bench.ItemAsync(ids[7], WorkflowBench.Admin);
        Assert.Equal(["publier", "valider", "soumettre"], item.History.Select(h => h.Action.Transition));
        Assert.Contains("Réponses du 20 octobre", item.History[0].Action.Comment, StringComparison.Ordinal);
        Assert.Equal(WorkflowOutcomeKind.Completed, (await bench.TakeAsync(ids[7], "depublier", WorkflowBench.Admin, "Données personnelles")).Kind);
    }

    [Theory]
    [DatabaseEngines]
    public async Task Nobody_approves_a_lot_they_submitted_or_holding_a_text_they_wrote(DatabaseEngine engine)
    {
        await using var bench = await WorkflowBench.CreateAsync(engine);
        var ids = await bench.CreatePagesAsync(10);
        var both = new StaffMember("double@exemple.fr", [PortalRoles.Editor, PortalRoles.CopilMember]);
        await bench.EditAsync(ids[3], "Corrigé par un membre du COPIL", WorkflowBench.Copil1);

        var lotId = (await bench.SubmitLotAsync(ids, both)).LotId!.Value;

        var own = await bench.TakeLotAsync(lotId, "valider", both);
        var wrote = await bench.TakeLotAsync(lotId, "valider", WorkflowBench.Copil1);
        Assert.Equal(WorkflowOutcomeKind.Refused, own.Kind);
        Assert.Equal(WorkflowOutcomeKind.Refused, wrote.Kind);
        Assert.Contains("propre soumission", wrote.Message, StringComparison.Ordinal);
        Assert.Equal(WorkflowOutcomeKind.Recorded, (await bench.TakeLotAsync(lotId, "valider", WorkflowBench.Copil2)).Kind);
    }

    [Theory]
    [DatabaseEngines]
    public async Task Editing_an_item_of_a_submitted_lot_withdraws_the_lot_and_says_so(DatabaseEngine engine)
    {
        await using var bench = await WorkflowBench.CreateAsync(engine);
        var ids = await bench.CreatePagesAsync(20);
        var lotId = (await bench.SubmitLotAsync(ids)).LotId!.Value;
        Assert.Equal(WorkflowOutcomeKind.Recorded, (await bench.TakeLotAsync(lotId, "valider", WorkflowBench.Copil1)).Kind);

        await bench.EditAsync(ids[5], "Nouvelle rédaction", WorkflowBench.Editor2);

        var lot = await bench.LotAsync(lotId);
        Assert.False(lot.Active);
        Assert.Contains("Page page-0005", lot.ClosedReason, StringComparison.Ordinal);
        Assert.Contains(WorkflowBench.Editor2.Name, lot.ClosedReason, StringComparison.Ordinal);
        var refused = await bench.TakeLotAsync(lotId, "valider", WorkflowBench.Copil2);
        Assert.Equal(WorkflowOutcomeKind.Refused, refused.Kind);
        Assert.Equal(lot.ClosedReason, refused.Message);
        Assert.Equal(20, (await bench.LatestStatusesAsync(ids))[(ContentStatus.Draft, false)]);

        // Everything is ready again for a new lot, which starts from zero approvals.
        var again = await bench.SubmitLotAsync(ids, name: "Réponses du 20 octobre (corrigées)");
        Assert.Equal(WorkflowOutcomeKind.Completed, again.Kind);
        Assert.Equal(WorkflowOutcomeKind.Recorded, (await bench.TakeLotAsync(again.LotId!.Value, "valider", WorkflowBench.Copil1)).Kind);
    }

    [Theory]
    [DatabaseEngines]
    public async Task Items_of_a_lot_take_no_decision_on_their_own_and_join_no_second_lot(DatabaseEngine engine)
    {
        await using var bench = await WorkflowBench.CreateAsync(engine);
        var ids = await bench.CreatePagesAsync(5);
        await bench.SubmitLotAsync(ids);

        var single = await bench.TakeAsync(ids[0], "valider", WorkflowBench.Copil1);
        var second = await bench.SubmitLotAsync(ids[..2], name: "Un autre lot");

        Assert.Equal(WorkflowOutcomeKind.Refused, single.Kind);
        Assert.Contains("Réponses du 20 octobre", single.Message, StringComparison.Ordinal);
        Assert.Equal(WorkflowOutcomeKind.Refused, second.Kind);
        Assert.Contains("déjà soumis", second.Message, StringComparison.Ordinal);
    }

    [Theory]
    [DatabaseEngines]
    public async Task A_lot_whose_publication_fails_half_way_publishes_nothing(DatabaseEngine engine)
    {
        await using var bench = await WorkflowBench.CreateAsync(engine);
        var ids = await bench.CreatePagesAsync(ContentBatch.ChunkSize + 50);
        var lotId = (await bench.SubmitLotAsync(ids)).LotId!.Value;
        await bench.TakeLotAsync(lotId, "valider", WorkflowBench.Copil1);
        await bench.TakeLotAsync(lotId, "valider", WorkflowBench.Copil2);

        // An item of the second chunk can no longer be published (archived behind the workflow's back):
        // the first chunk is already written when the publication meets it.
        var blocking = ids[ContentBatch.ChunkSize + 20];
        await using (var scope = bench.Database.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<PortalDbContext>().ContentItemVersions.Where(v => v.ContentItemId == blocking)
                .ExecuteUpdateAsync(u => u.SetProperty(v => v.Status, ContentStatus.Archived), Ct);
        }

        var outcome = await bench.TakeLotAsync(lotId, "publier", WorkflowBench.Editor);

        Assert.Equal(WorkflowOutcomeKind.Refused, outcome.Kind);
        Assert.Contains($"Page {blocking}", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(0, await bench.PublishedCountAsync(ids));
        Assert.True((await bench.LotAsync(lotId)).Active);
        await using var check = bench.Database.Scope();
        var db = check.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(0, await db.Set<WorkflowSubmission>().CountAsync(s => s.LotId == lotId && s.State == "publie", Ct));
    }

    [Theory]
    [DatabaseEngines]
    public async Task A_scheduled_lot_publishes_at_its_time_and_not_before(DatabaseEngine engine)
    {
        await using var bench = await WorkflowBench.CreateAsync(engine);
        var ids = await bench.CreatePagesAsync(30);
        var lotId = (await bench.SubmitLotAsync(ids)).LotId!.Value;
        await bench.TakeLotAsync(lotId, "valider", WorkflowBench.Copil1);
        await bench.TakeLotAsync(lotId, "valider", WorkflowBench.Copil2);

        var scheduled = await bench.TakeLotAsync(lotId, "publier", WorkflowBench.Editor, publishAt: bench.Clock.Now.AddHours(2));

        Assert.Equal(WorkflowOutcomeKind.Scheduled, scheduled.Kind);
        Assert.Equal(0, await bench.RunDueLotsAsync());
        Assert.Equal(0, await bench.PublishedCountAsync(ids));
        bench.Clock.Now = bench.Clock.Now.AddHours(2).AddMinutes(1);
        Assert.Equal(1, await bench.RunDueLotsAsync());
        Assert.Equal(30, await bench.PublishedCountAsync(ids));
        Assert.Equal(0, await bench.RunDueLotsAsync());
    }

    [Theory]
    [DatabaseEngines]
    public async Task Sending_a_lot_back_returns_every_item_with_its_own_comment(DatabaseEngine engine)
    {
        await using var bench = await WorkflowBench.CreateAsync(engine);
        var ids = await bench.CreatePagesAsync(8);
        var lotId = (await bench.SubmitLotAsync(ids)).LotId!.Value;

        var back = await bench.TakeLotAsync(lotId, "renvoyer", WorkflowBench.Copil1, "Revoir les motivations",
            itemComments: new Dictionary<string, string> { [ids[2]] = "Chiffre à sourcer", [ids[3]] = "  " });

        Assert.Equal(WorkflowOutcomeKind.Completed, back.Kind);
        Assert.Equal(8, (await bench.LatestStatusesAsync(ids))[(ContentStatus.Draft, true)]);
        Assert.Empty(await bench.SubmissionStatesAsync(ids));
        var commented = (await bench.ItemAsync(ids[2], WorkflowBench.Editor)).SendBack!;
        var plain = (await bench.ItemAsync(ids[4], WorkflowBench.Editor)).SendBack!;
        Assert.Contains("Revoir les motivations", commented.Comment, StringComparison.Ordinal);
        Assert.Contains("Chiffre à sourcer", commented.Comment, StringComparison.Ordinal);
        Assert.DoesNotContain("Chiffre à sourcer", plain.Comment, StringComparison.Ordinal);
        Assert.Equal(WorkflowOutcomeKind.Completed, (await bench.SubmitLotAsync(ids, name: "Deuxième lecture")).Kind);
    }

    [Theory]
    [DatabaseEngines]
    public async Task A_lot_event_mails_each_person_once_and_nobody_about_their_own_action(DatabaseEngine engine)
    {
        await using var bench = await WorkflowBench.CreateAsync(engine);
        var ids = await bench.CreatePagesAsync(60);
        var mail = Path.Combine(bench.Database.Folder, "mail");

        var lotId = (await bench.SubmitLotAsync(ids)).LotId!.Value;
        await bench.TakeLotAsync(lotId, "valider", WorkflowBench.Copil1);
        await bench.TakeLotAsync(lotId, "valider", WorkflowBench.Copil2);
        await bench.TakeLotAsync(lotId, "publier", WorkflowBench.Editor);

        var messages = await PickupMail.ReadAsync(mail);
        var perPerson = messages.GroupBy(m => m.To).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(1, perPerson[WorkflowBench.Copil1.Name]);
        Assert.Equal(1, perPerson[WorkflowBench.Copil2.Name]);
        Assert.Equal(1, perPerson[WorkflowBench.Editor.Name]);
        Assert.All(messages, m => Assert.Contains("Réponses du 20 octobre", m.Subject, StringComparison.Ordinal));
        Assert.Contains(messages, m => m.To == WorkflowBench.Editor.Name && m.Subject.StartsWith("Valider", StringComparison.Ordinal));
    }

    [Theory]
    [DatabaseEngines]
    public async Task Every_draft_of_a_process_goes_in_one_lot_and_nothing_already_travelling(DatabaseEngine engine)
    {
        await using var bench = await WorkflowBench.CreateAsync(engine);
        var ids = await bench.CreatePagesAsync(6);
        await using (var scope = bench.Database.Scope())
        {
            // Pages of one process (as propositions are), one of them already submitted on its own.
            await scope.ServiceProvider.GetRequiredService<PortalDbContext>().ContentItemVersions
                .ExecuteUpdateAsync(u => u.SetProperty(v => v.ProcessId, "demarche-1"), Ct);
        }

        Assert.Equal(WorkflowOutcomeKind.Completed, (await bench.TakeAsync(ids[0], "soumettre", WorkflowBench.Editor)).Kind);

        await using var submit = bench.Database.Scope();
        var outcome = await submit.ServiceProvider.GetRequiredService<LotWorkflow>()
            .SubmitAsync(new NewLot("Toute la démarche", "demarche-1", null, WorkflowBench.Editor), cancellationToken: Ct);

        Assert.Equal(WorkflowOutcomeKind.Completed, outcome.Kind);
        Assert.Equal(5, (await bench.LotAsync(outcome.LotId!.Value)).ItemCount);
    }
}
