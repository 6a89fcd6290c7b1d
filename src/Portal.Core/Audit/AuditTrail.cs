using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;

namespace Portal.Core.Audit;

/// <summary>Appends to and verifies the hash-chained audit trail.</summary>
public sealed class AuditTrail(PortalDbContext db, TimeProvider clock)
{
    // Any constant: PostgreSQL serialises appenders on it for the rest of their transaction.
    private const long AppendLock = 0x506f7274616c; // "Portal"

    /// <summary>Appends an entry inside the caller's transaction, after its content write.</summary>
    public Task AppendAsync(string actor, string action, ContentItemVersion version, string? comment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(version);
        return AppendAsync(actor, action, new AuditSubject(version.ContentItemId, version.ContentType, version.Version), comment, cancellationToken);
    }

    /// <summary>
    /// Appends an entry about something other than a content version (a site setting), inside the
    /// caller's transaction after its write. Same fields, same chain: <c>audit verify</c> needs no change.
    /// </summary>
    public async Task AppendAsync(string actor, string action, AuditSubject subject, string? comment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (db.Engine == DatabaseEngine.PostgreSql)
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AppendLock})", cancellationToken);
        }

        // On SQLite the content write before this already holds the single writer lock.
        var last = await db.Set<AuditEntry>().AsNoTracking().OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(cancellationToken);
        var entry = new AuditEntry
        {
            Sequence = (last?.Sequence ?? 0) + 1,
            TimestampUtc = StoredTime.UtcNow(clock),
            Actor = actor,
            Action = action,
            ContentItemId = subject.Id,
            ContentType = subject.Type,
            Version = subject.Version,
            Comment = comment,
            PreviousHash = last?.Hash ?? AuditHash.Genesis,
            Hash = string.Empty,
        };
        entry.Hash = AuditHash.Of(entry);
        db.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Walks the whole chain; the first broken link is reported in French, with its sequence number.</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var expectedPrevious = AuditHash.Genesis;
        long expectedSequence = 1;
        long count = 0;
        await foreach (var entry in db.Set<AuditEntry>().AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (entry.Sequence != expectedSequence)
            {
                return new AuditVerification(false, count, $"entrée n° {expectedSequence} manquante (la suivante porte le n° {entry.Sequence})");
            }

            if (entry.PreviousHash != expectedPrevious)
            {
                return new AuditVerification(false, count, $"entrée n° {entry.Sequence} : le lien vers l'entrée précédente ne correspond pas");
            }

            if (AuditHash.Of(entry) != entry.Hash)
            {
                return new AuditVerification(false, count, $"entrée n° {entry.Sequence} : son contenu a été modifié (empreinte différente)");
            }

            expectedPrevious = entry.Hash;
            expectedSequence++;
            count++;
        }

        return new AuditVerification(true, count, null);
    }
}

/// <summary>
/// What an entry is about: a content item's version, or a setting (<see cref="SettingType"/>, keyed by
/// the setting's name, numbered by its successive audited changes).
/// </summary>
public sealed record AuditSubject(string Id, string Type, int Version)
{
    public const string SettingType = "reglage";

    /// <summary>An account, by its id (never its address: the trail cannot be erased, the address may have to be).</summary>
    public const string AccountType = "compte";

    public static AuditSubject Setting(string key, int revision) => new(key, SettingType, revision);

    public static AuditSubject Account(string userId) => new(userId, AccountType, 0);
}

/// <summary>The verdict on the chain: intact or not, how many entries were checked, and the first problem.</summary>
public sealed record AuditVerification(bool Intact, long Checked, string? Problem);
