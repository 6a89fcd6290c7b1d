using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Sortition.Drawing;
using Portal.Sortition.Storage;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Sortition;

/// <summary>
/// One commitment, one draw, on each engine: reveal needs a commitment public before the randomness; the
/// first revealed draw closes the process; another is only a documented redraw with a new commitment and
/// a new, later randomness; of two reveals racing, one wins.
/// </summary>
public abstract class DrawIntegrityTests(DatabaseEngine engine)
{
    private const string Slug = "assemblee-integrite";
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTime FirstRandomness = new(2026, 12, 1, 20, 15, 0, DateTimeKind.Utc);

    private static DrawRequest Request(int seed, string? redrawReason = null) =>
        new(Slug, Hashes.Utf8.GetBytes(SyntheticPools.HauteGaronne(400, seed)), DrawFixtures.HauteGaronneQuotas, "tirage Euromillions du 1er décembre 2026", null) { RedrawReason = redrawReason };

    [Fact]
    public async Task Reveal_refuses_a_commitment_not_published_before_the_randomness()
    {
        var ct = TestContext.Current.CancellationToken;
        var clock = new FixedClock(Monday);
        await using var database = await TestDatabase.CreateAsync(engine, clock);
        await using var scope = database.Scope();
        var service = scope.ServiceProvider.GetRequiredService<SortitionService>();
        var id = (await service.PrepareAsync(Request(61), ct)).DrawId!;
        clock.Now = new DateTimeOffset(FirstRandomness).AddHours(1);

        var unpublished = await service.RevealAsync(id, "5 12 23 34 45 ★ 2 11", FirstRandomness, ct);
        await DrawPublishing.RecordPublishedAsync(scope.ServiceProvider, id, FirstRandomness.AddMinutes(5));
        var publishedAfter = await service.RevealAsync(id, "5 12 23 34 45 ★ 2 11", FirstRandomness, ct);

        Assert.False(unpublished.Success);
        Assert.Contains("n'est pas public", unpublished.Messages[0], StringComparison.Ordinal);
        Assert.False(publishedAfter.Success);
        Assert.Contains("après l'aléa public", publishedAfter.Messages[0], StringComparison.Ordinal);
        Assert.False((await service.FindAsync(id, ct))!.IsDrawn);
    }

    [Fact]
    public async Task A_revealed_draw_closes_the_process_and_a_redraw_needs_a_copil_decision_and_a_new_later_randomness()
    {
        var ct = TestContext.Current.CancellationToken;
        var clock = new FixedClock(Monday);
        await using var database = await TestDatabase.CreateAsync(engine, clock);
        await using var scope = database.Scope();
        var service = scope.ServiceProvider.GetRequiredService<SortitionService>();
        var first = (await service.PrepareAsync(Request(62), ct)).DrawId!;
        var preparedEarly = (await service.PrepareAsync(Request(63), ct)).DrawId!;
        await DrawPublishing.RecordPublishedAsync(scope.ServiceProvider, first, Monday.UtcDateTime.AddHours(1));
        await DrawPublishing.RecordPublishedAsync(scope.ServiceProvider, preparedEarly, Monday.UtcDateTime.AddHours(1));
        clock.Now = new DateTimeOffset(FirstRandomness).AddHours(1);
        Assert.True((await service.RevealAsync(first, "5 12 23 34 45 ★ 2 11", FirstRandomness, ct)).Success);

        // A second commitment made before the first draw cannot be drawn: the first draw closed the process.
        var other = await service.RevealAsync(preparedEarly, "5 12 23 34 45 ★ 2 11", FirstRandomness, ct);
        Assert.False(other.Success);
        Assert.Contains("ses tirages sont clos", other.Messages[0], StringComparison.Ordinal);

        // A new preparation is refused unless declared as a redraw with the COPIL's decision.
        var undeclared = await service.PrepareAsync(Request(64), ct);
        Assert.False(undeclared.Success);
        Assert.Contains("déclaré comme tel", undeclared.Messages[0], StringComparison.Ordinal);

        const string Decision = "Relevé de décision du COPIL du 3 décembre 2026 : vivier incomplet (canton de Muret oublié)";
        var redraw = (await service.PrepareAsync(Request(65, Decision), ct)).DrawId!;
        await DrawPublishing.RecordPublishedAsync(scope.ServiceProvider, redraw, FirstRandomness.AddDays(2));
        clock.Now = new DateTimeOffset(FirstRandomness).AddDays(5);
        var sameRandomness = await service.RevealAsync(redraw, "5 12 23 34 45 ★ 2 11", FirstRandomness.AddDays(3), ct);
        var olderRandomness = await service.RevealAsync(redraw, "1 2 3 4 5 ★ 6 7", FirstRandomness.AddHours(-1), ct);
        var allowed = await service.RevealAsync(redraw, "8 16 24 32 40 ★ 1 9", FirstRandomness.AddDays(3), ct);

        Assert.False(sameRandomness.Success);
        Assert.Contains("nouveau et postérieur", sameRandomness.Messages[0], StringComparison.Ordinal);
        Assert.False(olderRandomness.Success);
        Assert.True(allowed.Success, string.Join('\n', allowed.Messages));
        var drawn = (await service.FindAsync(redraw, ct))!;
        Assert.Equal(2, drawn.Round);
        Assert.Equal(Decision, drawn.RedrawReason);
        Assert.Equal(1, (await service.FindAsync(first, ct))!.Round);
        Assert.NotNull((await service.FindAsync(first, ct))!.ResultCsv);
    }

    [Fact]
    public async Task Of_two_draws_revealed_at_once_for_the_same_process_one_wins()
    {
        var ct = TestContext.Current.CancellationToken;
        var clock = new FixedClock(Monday);
        await using var database = await TestDatabase.CreateAsync(engine, clock);
        string[] ids;
        await using (var scope = database.Scope())
        {
            var service = scope.ServiceProvider.GetRequiredService<SortitionService>();
            ids = [(await service.PrepareAsync(Request(66), ct)).DrawId!, (await service.PrepareAsync(Request(67), ct)).DrawId!];
            foreach (var id in ids)
            {
                await DrawPublishing.RecordPublishedAsync(scope.ServiceProvider, id, Monday.UtcDateTime.AddHours(1));
            }
        }

        clock.Now = new DateTimeOffset(FirstRandomness).AddHours(1);
        var outcomes = await Task.WhenAll(ids.Select(async id =>
        {
            await using var scope = database.Scope();
            return await scope.ServiceProvider.GetRequiredService<SortitionService>().RevealAsync(id, "5 12 23 34 45 ★ 2 11", FirstRandomness, ct);
        }));

        Assert.Single(outcomes, o => o.Success);
        await using var check = database.Scope();
        var db = check.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Single(db.Set<SortitionDraw>().Where(d => d.ProcessSlug == Slug && d.ResultCsv != null).ToList());
    }
}

public sealed class SqliteDrawIntegrityTests() : DrawIntegrityTests(DatabaseEngine.Sqlite);

public sealed class PostgreSqlDrawIntegrityTests() : DrawIntegrityTests(DatabaseEngine.PostgreSql);
