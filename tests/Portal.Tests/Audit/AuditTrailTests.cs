using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Audit;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Processes.Content;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Audit;

/// <summary>Every change is appended to a hash-chained trail; tampering is detected. On each engine.</summary>
public abstract class AuditTrailTests(DatabaseEngine engine)
{
    /// <summary>A SQLite writer waiting longer than this many tries is stuck, not merely queued.</summary>
    private const int MaxAttempts = 50;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    private static Process Sample(string slug) => new($"Démarche {slug}", slug, "Résumé", "Ville", "Territoire", ["Climat"], new DateOnly(2026, 1, 1));

    [Fact]
    public async Task Each_store_operation_appends_one_chained_entry()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var scope = database.Scope();
        var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
        var v1 = (await store.CreateAsync(new NewContentItem(Sample("a"), "redaction@exemple.fr") { ContentItemId = "a" }, ct)).Version!;
        // Freezing a text for review writes nothing of its own: the workflow's transition is the entry.
        var frozen = (await store.FreezeAsync("a", 1, v1.ConcurrencyStamp, ct)).Version!;
        var published = (await store.PublishAsync("a", 1, "copil@exemple.fr", frozen.ConcurrencyStamp, new PublicationEntry("circuit:publier", "validé en séance"), ct)).Version!;
        await store.SaveDraftAsync("a", Sample("a") with { Title = "Autre" }, "redaction@exemple.fr", published.ConcurrencyStamp, ct);
        await store.UnpublishAsync("a", "admin@exemple.fr", ct);

        var entries = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<AuditEntry>().OrderBy(e => e.Sequence).ToListAsync(ct);

        Assert.Equal(["creation", "circuit:publier", "nouvelle-version", "depublication"], entries.Select(e => e.Action));
        Assert.Equal([1, 1, 2, 1], entries.Select(e => e.Version));
        Assert.Equal("validé en séance", entries[1].Comment);
        Assert.Equal("copil@exemple.fr", entries[1].Actor);
        Assert.Equal(AuditHash.Genesis, entries[0].PreviousHash);
        Assert.All(entries.Skip(1).Zip(entries), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
        var verification = await scope.ServiceProvider.GetRequiredService<AuditTrail>().VerifyAsync(ct);
        Assert.True(verification.Intact);
        Assert.Equal(4, verification.Checked);
    }

    [Fact]
    public async Task A_refused_change_leaves_no_entry()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var scope = database.Scope();
        var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
        await store.CreateAsync(new NewContentItem(Sample("a"), "x") { ContentItemId = "a" }, ct);

        var stale = await store.SaveDraftAsync("a", Sample("a") with { Title = "B" }, "y", "perime", ct);

        Assert.Equal(ContentOutcome.Conflict, stale.Outcome);
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<AuditEntry>().CountAsync(ct));
    }

    [Fact]
    public async Task Altered_or_deleted_entries_are_detected()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine);
        await using (var scope = database.Scope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
            foreach (var slug in new[] { "a", "b", "c" })
            {
                await store.CreateAsync(new NewContentItem(Sample(slug), "redaction") { ContentItemId = slug }, ct);
            }
        }

        await using var tamper = database.Scope();
        var db = tamper.ServiceProvider.GetRequiredService<PortalDbContext>();
        var trail = tamper.ServiceProvider.GetRequiredService<AuditTrail>();
        await db.Set<AuditEntry>().Where(e => e.Sequence == 2).ExecuteUpdateAsync(u => u.SetProperty(e => e.Actor, "quelqu'un d'autre"), ct);
        var altered = await trail.VerifyAsync(ct);
        Assert.False(altered.Intact);
        Assert.Contains("entrée n° 2", altered.Problem, StringComparison.Ordinal);
        Assert.Equal(1, altered.Checked);

        await db.Set<AuditEntry>().Where(e => e.Sequence == 2).ExecuteDeleteAsync(ct);
        var deleted = await trail.VerifyAsync(ct);
        Assert.False(deleted.Intact);
        Assert.Contains("entrée n° 2 manquante", deleted.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_writers_keep_one_unbroken_chain()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            await using var scope = database.Scope();
            var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
            var outcomes = new List<string>();
            for (var attempt = 1; attempt <= MaxAttempts; attempt++)
            {
                try
                {
                    var created = await store.CreateAsync(new NewContentItem(Sample($"d{i}"), $"auteur{i}") { ContentItemId = $"d{i}" }, ct);
                    if (created.Succeeded)
                    {
                        return;
                    }

                    outcomes.Add(created.Outcome.ToString());
                }
                catch (SqliteException busy) when (engine == DatabaseEngine.Sqlite && busy.SqliteErrorCode is SqliteBusy or SqliteLocked)
                {
                    // SQLite allows one writer at a time: a busy database is retried, as the web app would.
                    outcomes.Add(busy.Message);
                }

                // PostgreSQL queues writers on the audit lock: there, the first attempt must get through.
                Assert.True(engine == DatabaseEngine.Sqlite, $"writer {i} on PostgreSQL: {string.Join(", ", outcomes)}");
                await Task.Delay(20, ct);
            }

            Assert.Fail($"writer {i} did not get through in {MaxAttempts} attempts: {string.Join(", ", outcomes)}");
        }));

        await using var check = database.Scope();
        var verification = await check.ServiceProvider.GetRequiredService<AuditTrail>().VerifyAsync(ct);
        Assert.True(verification.Intact, verification.Problem);
        Assert.Equal(8, verification.Checked);
    }
}

public sealed class SqliteAuditTrailTests() : AuditTrailTests(DatabaseEngine.Sqlite);

public sealed class PostgreSqlAuditTrailTests() : AuditTrailTests(DatabaseEngine.PostgreSql);
