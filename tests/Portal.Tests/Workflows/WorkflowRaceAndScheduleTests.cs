using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.Core.Audit;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Site;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Publication;

namespace Portal.Tests.Workflows;

/// <summary>Two people at once, publications at a date (with a fake clock, and after a restart), and who hears of what.</summary>
public sealed class WorkflowRaceAndScheduleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, DatabaseEngines]
    public async Task Two_members_approving_at_once_one_wins_and_nothing_is_published_twice(DatabaseEngine engine)
    {
        await using var bench = await WorkflowBench.CreateAsync(engine);
        var id = await bench.CreatePageAsync();
        await bench.TakeAsync(id, "soumettre", WorkflowBench.Editor);
        await bench.TakeAsync(id, "valider", WorkflowBench.Copil1);

        // Both read the same page (same stamp), both click « Valider » at the same moment.
        var seen = await bench.TrackAsync(id, WorkflowBench.Copil2);
        var approvals = await Task.WhenAll(
            TakeWithStampAsync(bench, id, "valider", WorkflowBench.Copil2, seen.Stamp),
            TakeWithStampAsync(bench, id, "valider", WorkflowBench.Copil3, seen.Stamp));

        Assert.Single(approvals, o => o.Kind == WorkflowOutcomeKind.Completed);
        var loser = Assert.Single(approvals, o => o.Kind != WorkflowOutcomeKind.Completed);
        // Either it lost the write (« au même moment ») or it read after the winner (« n'est plus possible »).
        Assert.Equal(WorkflowOutcomeKind.Conflict, loser.Kind);
        Assert.Contains("Rechargez la page", loser.Message, StringComparison.Ordinal);

        var ready = await bench.TrackAsync(id, WorkflowBench.Editor);
        var publications = await Task.WhenAll(
            TakeWithStampAsync(bench, id, "publier", WorkflowBench.Editor, ready.Stamp),
            TakeWithStampAsync(bench, id, "publier", WorkflowBench.Editor2, ready.Stamp));

        Assert.Single(publications, o => o.Kind == WorkflowOutcomeKind.Completed);
        var publisher = publications[0].Kind == WorkflowOutcomeKind.Completed ? WorkflowBench.Editor : WorkflowBench.Editor2;
        var published = await bench.PublishedAsync(id);
        Assert.NotNull(published);
        // The version the quorum approved, published by whoever won the race, as that person approved it.
        Assert.Equal(ready.Version.Version, published.Version);
        Assert.Equal(publisher.Name, published.PublishedBy);
        Assert.Equal(ContentStatus.Published, published.Status);
        await using var scope = bench.Database.Scope();
        Assert.Equal("Texte initial", scope.ServiceProvider.GetRequiredService<ContentStore>().Read<FreePage>(published).Body);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(1, await db.ContentItemVersions.CountAsync(v => v.ContentItemId == id && v.Published, Ct));
        Assert.Equal(1, await db.Set<AuditEntry>().CountAsync(e => e.ContentItemId == id && e.Action == WorkflowAuditActions.Transition("publier"), Ct));
        Assert.Equal(1, await db.Set<WorkflowAction>().CountAsync(a => a.Transition == "publier", Ct));
        Assert.True((await scope.ServiceProvider.GetRequiredService<AuditTrail>().VerifyAsync(Ct)).Intact);
    }

    [Theory, DatabaseEngines]
    public async Task A_scheduled_publication_happens_when_due_and_not_before(DatabaseEngine engine)
    {
        await using var bench = await WorkflowBench.CreateAsync(engine);
        var id = await bench.CreatePageAsync();
        await bench.ApproveAsync(id);
        var at = bench.Clock.Now.AddHours(3);

        var scheduled = await bench.TakeAsync(id, "publier", WorkflowBench.Editor, publishAt: at);

        Assert.Equal(WorkflowOutcomeKind.Scheduled, scheduled.Kind);
        Assert.Contains("12 mars 2026 à 13 h 00", scheduled.Message, StringComparison.Ordinal);
        Assert.Equal(0, await RunDueAsync(bench));
        Assert.Null(await bench.PublishedAsync(id));

        bench.Clock.Now = at.AddMinutes(-1);
        Assert.Equal(0, await RunDueAsync(bench));
        bench.Clock.Now = at;
        Assert.Equal(1, await RunDueAsync(bench));

        var published = (await bench.PublishedAsync(id))!;
        Assert.Equal(at.UtcDateTime, published.PublishedUtc);
        Assert.Equal(WorkflowBench.Editor.Name, published.PublishedBy);
        Assert.Equal(0, await RunDueAsync(bench));
    }

    [Theory, DatabaseEngines]
    public async Task Publications_due_while_the_site_was_stopped_happen_at_the_next_start(DatabaseEngine engine)
    {
        await using var bench = await WorkflowBench.CreateAsync(engine);
        var id = await bench.CreatePageAsync();
        await bench.ApproveAsync(id);
        await bench.TakeAsync(id, "publier", WorkflowBench.Editor, publishAt: bench.Clock.Now.AddDays(1));

        // The site was down over the due date; at start the background service catches up at once.
        bench.Clock.Now = bench.Clock.Now.AddDays(2);
        var service = bench.Database.Services.GetServices<IHostedService>().OfType<ScheduledPublicationService>().Single();
        await service.StartAsync(Ct);
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (await bench.PublishedAsync(id) is null && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50, Ct);
            }
        }
        finally
        {
            await service.StopAsync(Ct);
        }

        Assert.NotNull(await bench.PublishedAsync(id));
    }

    [Theory, DatabaseEngines]
    public async Task Editing_a_version_scheduled_for_publication_cancels_the_schedule(DatabaseEngine engine)
    {
        await using var bench = await WorkflowBench.CreateAsync(engine);
        var id = await bench.CreatePageAsync();
        await bench.ApproveAsync(id);
        await bench.TakeAsync(id, "publier", WorkflowBench.Editor, publishAt: bench.Clock.Now.AddHours(1));

        await bench.EditAsync(id, "Changé après validation", WorkflowBench.Editor2);
        bench.Clock.Now = bench.Clock.Now.AddHours(2);

        Assert.Equal(0, await RunDueAsync(bench));
        Assert.Null(await bench.PublishedAsync(id));
    }

    [Theory, DatabaseEngines]
    public async Task Reviewers_hear_of_a_submission_and_the_author_of_the_decision(DatabaseEngine engine)
    {
        await using var bench = await WorkflowBench.CreateAsync(engine);
        var id = await bench.CreatePageAsync();
        var mail = Path.Combine(bench.Database.Folder, "mail");

        await bench.TakeAsync(id, "soumettre", WorkflowBench.Editor);

        var toReviewers = await PickupMail.ReadAsync(mail);
        Assert.Equal(
            [WorkflowBench.Copil1.Name, WorkflowBench.Copil2.Name, WorkflowBench.Copil3.Name],
            toReviewers.Select(m => m.To).Order());
        Assert.All(toReviewers, m => Assert.Contains("À examiner : Méthode", m.Subject, StringComparison.Ordinal));
        Directory.Delete(mail, recursive: true);

        await bench.TakeAsync(id, "renvoyer", WorkflowBench.Copil1, comment: "Préciser la source des chiffres");

        var toAuthor = Assert.Single(await PickupMail.ReadAsync(mail));
        Assert.Equal(WorkflowBench.Editor.Name, toAuthor.To);
        Assert.Contains("Préciser la source des chiffres", toAuthor.Body, StringComparison.Ordinal);
        Assert.Contains("Brouillon", toAuthor.Body, StringComparison.Ordinal);
    }

    private static async Task<WorkflowOutcome> TakeWithStampAsync(WorkflowBench bench, string id, string transition, StaffMember who, string stamp)
    {
        await using var scope = bench.Database.Scope();
        var track = await bench.TrackAsync(id, who);
        return await scope.ServiceProvider.GetRequiredService<PublicationWorkflow>()
            .TakeAsync(new WorkflowRequest(id, track.Version.Version, transition, who, stamp), Ct);
    }

    private static async Task<int> RunDueAsync(WorkflowBench bench)
    {
        await using var scope = bench.Database.Scope();
        return await scope.ServiceProvider.GetRequiredService<PublicationWorkflow>().RunDueAsync(Ct);
    }
}
