using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Processes.Content;
using Portal.Processes.Public;
using Portal.Tests.Infrastructure;
using static Portal.Tests.Suivi.SuiviBench;

namespace Portal.Tests.Suivi;

/// <summary>Commitments as items: states updated by follow-ups, « en retard » derived from the deadline, never typed.</summary>
public sealed class CommitmentTests
{
    private static readonly DateOnly Deadline = new(2025, 6, 30);

    [Theory]
    [InlineData(CommitmentStatuses.ToStart, 2025, 7, 1, true)]
    [InlineData(CommitmentStatuses.InProgress, 2025, 7, 1, true)]
    [InlineData(CommitmentStatuses.InProgress, 2025, 6, 30, false)]
    [InlineData(CommitmentStatuses.Done, 2026, 1, 1, false)]
    [InlineData(CommitmentStatuses.PartlyDone, 2026, 1, 1, false)]
    [InlineData(CommitmentStatuses.Abandoned, 2026, 1, 1, false)]
    public void Late_is_an_open_commitment_past_its_deadline(string state, int year, int month, int day, bool late)
    {
        Assert.Equal(late, CommitmentStatuses.IsLate(state, Deadline, new DateOnly(year, month, day)));
        Assert.Equal(late ? CommitmentStatuses.Late : state, CommitmentStatuses.Shown(state, Deadline, new DateOnly(year, month, day)));
    }

    [Fact]
    public void A_commitment_without_deadline_is_never_late() =>
        Assert.False(CommitmentStatuses.IsLate(CommitmentStatuses.ToStart, null, new DateOnly(2099, 1, 1)));

    [Fact]
    public void The_roll_up_counts_partly_done_as_half_and_leaves_abandoned_out()
    {
        var today = new DateOnly(2025, 1, 1);
        var views = CommitmentProgress.Of(
            [new("a", State: CommitmentStatuses.Done), new("b", State: CommitmentStatuses.PartlyDone), new("c", State: CommitmentStatuses.Abandoned), new("d")],
            [], today);

        var tally = CommitmentTally.Of(views);

        Assert.Equal(50m, tally.Percent); // (1 + ½) ÷ 3
        Assert.Contains("(1 réalisé + ½ × 1 partiellement réalisé) ÷ 3 engagements non abandonnés = 50 %", tally.Formula, StringComparison.Ordinal);
    }

    [Theory, DatabaseEngines]
    public async Task Follow_ups_update_commitments_and_lateness_follows_the_clock(DatabaseEngine engine)
    {
        var ct = TestContext.Current.CancellationToken;
        var fake = ClockAt(new DateOnly(2025, 6, 1));
        await using var database = await TestDatabase.CreateAsync(engine, fake);
        var answer = Answer(new DateOnly(2024, 6, 1), new Commitment("Voter le budget", Deadline), new Commitment("Ouvrir la ligne", Deadline), new Commitment("Étudier", Deadline));
        FollowUp[] followUps =
        [
            new(new DateOnly(2024, 9, 1), "en-cours", "Budget en préparation.", [], [new CommitmentUpdate(1, CommitmentStatuses.InProgress), new CommitmentUpdate(3, CommitmentStatuses.Abandoned)]),
            new(new DateOnly(2025, 2, 1), "en-cours", "Budget voté.", [new EvidenceLink("Budget primitif 2025", string.Empty, EvidenceKinds.BudgetLine, Amount: 150_000m, Year: 2025)], [new CommitmentUpdate(1, CommitmentStatuses.Done)]),
        ];
        await LoadAsync(database, Document(Proposition("A-1", answer, followUps)), ct);

        var before = await TallyAsync(database, ct);
        fake.Now = new DateTimeOffset(2025, 7, 1, 10, 0, 0, TimeSpan.Zero);
        var after = await TallyAsync(database, ct);

        Assert.Equal((1, 0, 1, 1), (before.Done, before.Late, before.Abandoned, before.ToStart));
        Assert.Equal((1, 1, 1, 1), (after.Done, after.Late, after.Abandoned, after.ToStart)); // « Ouvrir la ligne » is now late
        await using var scope = database.Scope();
        var page = await scope.ServiceProvider.GetRequiredService<PropositionReader>().GetAsync(Slug, "A-1", ct);
        Assert.Equal([CommitmentStatuses.Done, CommitmentStatuses.Late, CommitmentStatuses.Abandoned], page!.Item.Commitments!.Select(c => c.Shown));
    }

    [Theory, DatabaseEngines]
    public async Task Typing_late_as_a_state_is_refused_with_its_json_path(DatabaseEngine engine)
    {
        var json = """
            { "name": "suivi", "steps": [ { "name": "processes", "processes": [ { "id": "x", "demarche": { "title": "X", "slug": "x", "summary": "", "organiser": "O", "territory": "T", "themes": [], "startDate": "2024-01-01" },
              "propositions": [ { "code": "P-1", "title": "T", "text": "T", "theme": "T",
                "reponse": { "decision": "retenue", "motivation": "M", "bodyInCharge": "B", "commitments": [ { "text": "Faire", "state": "en-retard" } ] },
                "suivis": [ { "date": "2024-05-01", "status": "en-cours", "progress": "P", "evidence": [ { "title": "Délib", "url": "pas une adresse", "kind": "deliberation" } ], "commitments": [ { "engagement": 2, "state": "realise" } ] } ] } ] } ] } ] }
            """;

        var error = await RefusedAsync(engine, json, TestContext.Current.CancellationToken);

        var paths = error.Errors.Select(e => e.JsonPath).ToList();
        Assert.Contains("$.steps[0].processes[0].propositions[0].reponse.commitments[0].state", paths);
        Assert.Contains("$.steps[0].processes[0].propositions[0].suivis[0].evidence[0].url", paths);
        Assert.Contains("$.steps[0].processes[0].propositions[0].suivis[0].commitments[0].engagement", paths);
        Assert.Contains(error.Errors, e => e.Message.Contains("se déduit de l'échéance", StringComparison.Ordinal));
    }

    private static async Task<CommitmentTally> TallyAsync(TestDatabase database, CancellationToken ct)
    {
        await using var scope = database.Scope();
        var listing = await scope.ServiceProvider.GetRequiredService<PropositionReader>().ListAsync(ProcessId, new PropositionFilter(), ct);
        return Assert.Single(listing.Items).Tally;
    }
}
