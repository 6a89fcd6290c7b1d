using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Sortition.Drawing;
using Portal.Sortition.Storage;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Sortition;

/// <summary>A stored draw, on each engine: committed, revealed once, and its kit replays to the stored panel.</summary>
public abstract class DrawStoreTests(DatabaseEngine engine)
{
    private const string Slug = "assemblee-test";

    private static DrawRequest Request(string pool) => new(Slug, Hashes.Utf8.GetBytes(pool), DrawFixtures.HauteGaronneQuotas, "tirage Euromillions du 1er décembre 2026", null);

    [Fact]
    public async Task Stored_draw_replays_to_the_same_panel_and_keeps_contacts_apart()
    {
        var ct = TestContext.Current.CancellationToken;
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        await using var database = await TestDatabase.CreateAsync(engine, clock);
        string drawId;
        await using (var scope = database.Scope())
        {
            var service = scope.ServiceProvider.GetRequiredService<SortitionService>();
            var prepared = await service.PrepareAsync(Request(SyntheticPools.HauteGaronne(2000, seed: 21)), ct);
            Assert.True(prepared.Success, string.Join('\n', prepared.Messages));
            drawId = prepared.DrawId!;
            await DrawPublishing.RecordPublishedAsync(scope.ServiceProvider, drawId, new DateTime(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc));
            clock.Now = new DateTimeOffset(2026, 12, 1, 21, 0, 0, TimeSpan.Zero);
            var randomnessAt = new DateTime(2026, 12, 1, 20, 15, 0, DateTimeKind.Utc);
            var revealed = await service.RevealAsync(drawId, "5 12 23 34 45 ★ 2 11", randomnessAt, ct);
            Assert.True(revealed.Success, string.Join('\n', revealed.Messages));
            Assert.False((await service.RevealAsync(drawId, "autre", randomnessAt, ct)).Success);
        }

        await using (var scope = database.Scope())
        {
            var service = scope.ServiceProvider.GetRequiredService<SortitionService>();
            var draw = (await service.LatestCommittedAsync(Slug, ct))!;
            var kit = VerificationKit.Read(new MemoryStream(SortitionService.KitOf(draw)!));
            var outcome = KitVerifier.Verify(kit);

            Assert.True(outcome.Success, string.Join('\n', outcome.Lines));
            Assert.Equal(draw.ResultCsv, Hashes.Utf8.GetString(kit.Result));
            Assert.Equal(108, DrawResult.FromCsv(draw.ResultCsv!).Members.Count);
            Assert.DoesNotContain("prive.example", draw.PoolCsv, StringComparison.Ordinal);

            var contacts = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<VolunteerContact>().Where(c => c.DrawId == drawId).ToListAsync(ct);
            Assert.Equal(2000, contacts.Count);
            Assert.Contains(contacts, c => JsonSerializer.Deserialize<Dictionary<string, string>>(c.ContactsJson)!["email"] == SyntheticPools.PrivateEmail(0));
        }
    }

    [Fact]
    public async Task Infeasible_quotas_store_nothing_and_explain_why()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var scope = database.Scope();
        var service = scope.ServiceProvider.GetRequiredService<SortitionService>();

        // One volunteer per cell cannot give one member and one substitute.
        var outcome = await service.PrepareAsync(Request(SyntheticPools.HauteGaronne(108, seed: 22, perCellMinimum: 1)), ct);

        Assert.False(outcome.Success);
        Assert.Contains("Auterive · femme · 18-44 ans : 1 volontaire pour 2 places (1 titulaire + 1 suppléant), il en manque 1.", outcome.Messages);
        Assert.Null(await service.LatestCommittedAsync(Slug, ct));
    }
}

public sealed class SqliteDrawStoreTests() : DrawStoreTests(DatabaseEngine.Sqlite);

public sealed class PostgreSqlDrawStoreTests() : DrawStoreTests(DatabaseEngine.PostgreSql);
