using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Store;

/// <summary>
/// The migration that left review states to the workflow (OnePublicationStatus): rows written in the older
/// schema with a review status become frozen drafts, and published, superseded and draft rows keep theirs.
/// </summary>
public sealed class StatusMigrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, DatabaseEngines]
    public async Task Review_statuses_become_frozen_drafts_and_the_others_stay(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine, migration: "NotificationDigests");
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var rows = new (string Item, int Version, string Status, bool Latest, bool Published)[]
            {
                ("a", 1, "Superseded", false, false), ("a", 2, "Published", false, true), ("a", 3, "InReview", true, false),
                ("b", 1, "Withdrawn", false, false), ("b", 2, "Approved", true, false),
                ("c", 1, "Returned", true, false),
                ("d", 1, "Draft", true, false),
            };
            // PostgreSQL stores the content as jsonb: the text parameter is cast there.
            var data = engine == DatabaseEngine.PostgreSql ? "CAST({7} AS jsonb)" : "{7}";
            var insert = """
                INSERT INTO "ContentItemVersions" ("ContentItemId", "ContentType", "Version", "Status", "Latest", "Published", "DisplayText", "Data", "Author", "CreatedUtc", "ModifiedUtc", "ConcurrencyStamp")
                VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, DATA, {8}, {9}, {9}, {10})
                """.Replace("DATA", data, StringComparison.Ordinal);
            foreach (var (item, version, status, latest, published) in rows)
            {
                await db.Database.ExecuteSqlRawAsync(insert, [item, "Page", version, status, latest, published, item, "{}", "redaction", DateTime.UtcNow, Guid.NewGuid().ToString("N")], Ct);
            }
        }

        await database.MigrateAsync();

        await using var after = database.Scope();
        var versions = await after.ServiceProvider.GetRequiredService<PortalDbContext>().ContentItemVersions.AsNoTracking()
            .OrderBy(v => v.ContentItemId).ThenBy(v => v.Version).Select(v => new { v.ContentItemId, v.Version, v.Status, v.Frozen }).ToListAsync(Ct);
        Assert.Equal(
            [
                ("a", 1, ContentStatus.Superseded, false), ("a", 2, ContentStatus.Published, false), ("a", 3, ContentStatus.Draft, true),
                ("b", 1, ContentStatus.Draft, true), ("b", 2, ContentStatus.Draft, true),
                ("c", 1, ContentStatus.Draft, true),
                ("d", 1, ContentStatus.Draft, false),
            ],
            versions.Select(v => (v.ContentItemId, v.Version, v.Status, v.Frozen)));
    }
}
