using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Site;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Committees;
using Portal.Workflows.Publication;

namespace Portal.Tests.Workflows;

/// <summary>
/// A process with its own COPIL is reviewed by its members alone: a member of the site-wide role who does not sit on it
/// neither acts nor counts, and a member taken off the committee stops counting at once, even from a page left open.
/// </summary>
public sealed class CommitteeWorkflowTests
{
    private const string Process = "demarche-a";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, DatabaseEngines]
    public async Task Only_members_of_the_process_copil_review_it_and_count_toward_its_quorum(DatabaseEngine engine)
    {
        await using var bench = await WorkflowBench.CreateAsync(engine);
        await SeatAsync(bench, WorkflowBench.Copil1, WorkflowBench.Copil3);
        var id = await CreateProcessPageAsync(bench);
        Assert.Equal(WorkflowOutcomeKind.Completed, (await bench.TakeAsync(id, "soumettre", WorkflowBench.Editor)).Kind);

        var outsider = await bench.TakeAsync(id, "valider", WorkflowBench.Copil2);

        Assert.Equal(WorkflowOutcomeKind.Refused, outsider.Kind);
        Assert.Contains("Vous ne siégez pas au COPIL de cette démarche", outsider.Message, StringComparison.Ordinal);
        Assert.Empty((await bench.TrackAsync(id, WorkflowBench.Copil2)).Available);
        Assert.Empty(await InboxAsync(bench, WorkflowBench.Copil2));
        Assert.Single(await InboxAsync(bench, WorkflowBench.Copil3));
        Assert.Equal(WorkflowOutcomeKind.Recorded, (await bench.TakeAsync(id, "valider", WorkflowBench.Copil1)).Kind);
        Assert.Equal(WorkflowOutcomeKind.Completed, (await bench.TakeAsync(id, "valider", WorkflowBench.Copil3)).Kind);
        Assert.Equal("valide", (await bench.TrackAsync(id, WorkflowBench.Editor)).State.Key);
    }

    [Theory, DatabaseEngines]
    public async Task A_member_taken_off_the_committee_stops_counting_and_cannot_act_from_an_open_page(DatabaseEngine engine)
    {
        await using var bench = await WorkflowBench.CreateAsync(engine);
        var seats = await SeatAsync(bench, WorkflowBench.Copil1, WorkflowBench.Copil2, WorkflowBench.Copil3);
        var id = await CreateProcessPageAsync(bench);
        await bench.TakeAsync(id, "soumettre", WorkflowBench.Editor);
        Assert.Equal(WorkflowOutcomeKind.Recorded, (await bench.TakeAsync(id, "valider", WorkflowBench.Copil1)).Kind);
        var openPage = await bench.TrackAsync(id, WorkflowBench.Copil2);

        await using (var scope = bench.Database.Scope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<ProcessCommittees>().UnseatAsync(Process, seats[WorkflowBench.Copil1.Name], WorkflowBench.Admin.Name, Ct));
            Assert.True(await scope.ServiceProvider.GetRequiredService<ProcessCommittees>().UnseatAsync(Process, seats[WorkflowBench.Copil2.Name], WorkflowBench.Admin.Name, Ct));
        }

        // Copil2 clicks on the page opened before losing the seat: refused.
        await using (var scope = bench.Database.Scope())
        {
            var late = await scope.ServiceProvider.GetRequiredService<PublicationWorkflow>().TakeAsync(
                new WorkflowRequest(id, 1, "valider", WorkflowBench.Copil2, openPage.Stamp), Ct);
            Assert.Equal(WorkflowOutcomeKind.Refused, late.Kind);
        }

        // Copil1's earlier approval no longer counts: Copil3's is the first of two.
        var third = await bench.TakeAsync(id, "valider", WorkflowBench.Copil3);
        Assert.Equal(WorkflowOutcomeKind.Recorded, third.Kind);
        Assert.Contains("Il en manque 1", third.Message, StringComparison.Ordinal);
    }

    [Theory, DatabaseEngines]
    public async Task A_process_without_its_own_copil_keeps_the_site_wide_rule(DatabaseEngine engine)
    {
        await using var bench = await WorkflowBench.CreateAsync(engine);
        await SeatAsync(bench, WorkflowBench.Copil1);
        var other = await CreateProcessPageAsync(bench, process: "demarche-b");
        await bench.TakeAsync(other, "soumettre", WorkflowBench.Editor);

        Assert.Equal(WorkflowOutcomeKind.Recorded, (await bench.TakeAsync(other, "valider", WorkflowBench.Copil2)).Kind);
        Assert.Single(await InboxAsync(bench, WorkflowBench.Copil3));
    }

    [Theory, DatabaseEngines]
    public async Task A_lot_of_the_process_is_approved_by_its_copil_alone_and_never_mixed_with_another_process(DatabaseEngine engine)
    {
        await using var bench = await WorkflowBench.CreateAsync(engine);
        await SeatAsync(bench, WorkflowBench.Copil1, WorkflowBench.Copil3);
        var own = await CreateProcessPageAsync(bench);
        var other = await CreateProcessPageAsync(bench, process: "demarche-b");

        var mixed = await bench.SubmitLotAsync([own, other]);
        Assert.Equal(WorkflowOutcomeKind.Refused, mixed.Kind);
        Assert.Contains("soumettez un lot par démarche", mixed.Message, StringComparison.Ordinal);

        var lotId = (await bench.SubmitLotAsync([own])).LotId!.Value;
        Assert.Equal(Process, (await bench.LotAsync(lotId)).ProcessId);
        Assert.Equal(WorkflowOutcomeKind.Refused, (await bench.TakeLotAsync(lotId, "valider", WorkflowBench.Copil2)).Kind);
        Assert.Equal(WorkflowOutcomeKind.Recorded, (await bench.TakeLotAsync(lotId, "valider", WorkflowBench.Copil1)).Kind);
        Assert.Equal(WorkflowOutcomeKind.Completed, (await bench.TakeLotAsync(lotId, "valider", WorkflowBench.Copil3)).Kind);
    }

    /// <summary>Seats these people (by account) on <see cref="Process"/>'s COPIL; returns each one's seat id.</summary>
    private static async Task<Dictionary<string, long>> SeatAsync(WorkflowBench bench, params StaffMember[] members)
    {
        await using var scope = bench.Database.Scope();
        var committees = scope.ServiceProvider.GetRequiredService<ProcessCommittees>();
        foreach (var member in members)
        {
            Assert.True(await committees.SeatAsync(Process, CommitteeKind.Copil, new CommitteeSeat { DisplayName = member.Name, UserName = member.Name.ToUpperInvariant() }, WorkflowBench.Admin.Name, Ct));
        }

        var copil = (await committees.OfAsync(Process, Ct)).Single(c => c.Kind == CommitteeKind.Copil);
        return copil.Seats.ToDictionary(s => s.UserName!, s => s.Id, StringComparer.OrdinalIgnoreCase);
    }

    private static async Task<string> CreateProcessPageAsync(WorkflowBench bench, string process = Process)
    {
        await using var scope = bench.Database.Scope();
        var id = $"{process}/page";
        var created = await scope.ServiceProvider.GetRequiredService<ContentStore>()
            .CreateAsync(new NewContentItem(new FreePage("Méthode", "methode", "Texte initial"), WorkflowBench.Editor.Name) { ContentItemId = id, ProcessId = process }, Ct);
        Assert.True(created.Succeeded);
        return id;
    }

    private static async Task<IReadOnlyList<InboxEntry>> InboxAsync(WorkflowBench bench, StaffMember who)
    {
        await using var scope = bench.Database.Scope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowQueries>().InboxAsync(who, Ct);
    }
}
