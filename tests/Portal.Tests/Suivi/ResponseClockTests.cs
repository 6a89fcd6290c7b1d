using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Processes.Public;
using Portal.Tests.Infrastructure;
using static Portal.Tests.Suivi.SuiviBench;

namespace Portal.Tests.Suivi;

/// <summary>The response clock: hand-over date plus the promised months, against the day of each response, read with a fake clock.</summary>
public sealed class ResponseClockTests
{
    [Theory, DatabaseEngines]
    public async Task A_response_before_the_promised_date_is_on_time_and_counts_its_days(DatabaseEngine engine)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine, ClockAt(new DateOnly(2025, 1, 10)));
        await LoadAsync(database, Document(Proposition("A-1", Answer(new DateOnly(2024, 6, 20)))), ct);

        var clock = await ClockOfAsync(database, "A-1", ct);

        Assert.Equal(ResponseTiming.OnTime, clock.Timing);
        Assert.Equal(111, clock.DaysToResponse); // 1 March to 20 June 2024 (a leap year)
        Assert.Equal(Due, clock.Due);
    }

    [Theory, DatabaseEngines]
    public async Task A_response_after_the_promised_date_is_late(DatabaseEngine engine)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine, ClockAt(new DateOnly(2025, 1, 10)));
        await LoadAsync(database, Document(Proposition("A-1", Answer(new DateOnly(2024, 7, 2)))), ct);

        var clock = await ClockOfAsync(database, "A-1", ct);

        Assert.Equal(ResponseTiming.Late, clock.Timing);
        Assert.Equal(123, clock.DaysToResponse);
    }

    [Theory, DatabaseEngines]
    public async Task A_missing_response_becomes_overdue_the_day_after_the_promised_date(DatabaseEngine engine)
    {
        var ct = TestContext.Current.CancellationToken;
        var fake = ClockAt(Due);
        await using var database = await TestDatabase.CreateAsync(engine, fake);
        await LoadAsync(database, Document(Proposition("A-1")), ct);

        Assert.Equal(ResponseTiming.Pending, (await ClockOfAsync(database, "A-1", ct)).Timing);

        fake.Now = fake.Now.AddDays(1);
        var overdue = await ClockOfAsync(database, "A-1", ct);
        Assert.Equal(ResponseTiming.Overdue, overdue.Timing);
        Assert.Null(overdue.DaysToResponse);
        await using var scope = database.Scope();
        var listing = await scope.ServiceProvider.GetRequiredService<PropositionReader>().ListAsync(ProcessId, new PropositionFilter(Timing: "attendue"), ct);
        Assert.Equal("A-1", Assert.Single(listing.Items).Code);
    }

    [Theory, DatabaseEngines]
    public async Task Each_referral_runs_its_own_clock_with_the_opinions_delay(DatabaseEngine engine)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine, ClockAt(new DateOnly(2024, 12, 15)));
        await LoadAsync(database, Document(
            Proposition("A-1"),
            Proposition("B-1", referral: "saisine-2"),
            Proposition("B-2", Answer(new DateOnly(2024, 12, 20)), referral: "saisine-2")), ct);

        var first = await ClockOfAsync(database, "A-1", ct);
        var second = await ClockOfAsync(database, "B-1", ct);
        var answered = await ClockOfAsync(database, "B-2", ct);

        Assert.Equal(ResponseTiming.Overdue, first.Timing);
        Assert.Equal(ResponseTiming.Pending, second.Timing);
        Assert.Equal(new DateOnly(2025, 1, 1), second.Due); // 1 September plus the opinion's four months
        Assert.Equal(ResponseTiming.OnTime, answered.Timing);
        Assert.Equal(110, answered.DaysToResponse);
    }

    [Theory, DatabaseEngines]
    public async Task A_response_without_its_own_date_counts_from_its_first_publication(DatabaseEngine engine)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine, ClockAt(new DateOnly(2024, 8, 1)));
        await LoadAsync(database, Document(Proposition("A-1", Answer(on: null))), ct);

        var clock = await ClockOfAsync(database, "A-1", ct);

        Assert.Equal(new DateOnly(2024, 8, 1), clock.RespondedOn);
        Assert.Equal(ResponseTiming.Late, clock.Timing);
    }

    private static async Task<ResponseClock> ClockOfAsync(TestDatabase database, string code, CancellationToken ct)
    {
        await using var scope = database.Scope();
        var page = await scope.ServiceProvider.GetRequiredService<PropositionReader>().GetAsync(Slug, code, ct);
        var fromPermalink = page!.Item.Clock!;
        var listing = await scope.ServiceProvider.GetRequiredService<PropositionReader>().ListAsync(ProcessId, new PropositionFilter(), ct);
        Assert.Equal(fromPermalink, listing.Items.Single(i => i.Code == code).Clock); // the list and the permalink agree
        return fromPermalink;
    }
}
