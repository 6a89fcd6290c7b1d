using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;

namespace Portal.Core.Audit;

/// <summary>Appends to and verifies the MAC-chained audit trail, anchoring its head outside the database.</summary>
public sealed class AuditTrail(PortalDbContext db, TimeProvider clock, AuditKey key, AuditHeadAnchor anchor)
{
    // Any constant: PostgreSQL serialises appenders on it for the rest of their transaction.
    private const long AppendLock = 0x506f7274616c; // "Portal"

    private static readonly string[] BulkColumns =
        [nameof(AuditEntry.Sequence), nameof(AuditEntry.TimestampUtc), nameof(AuditEntry.Actor), nameof(AuditEntry.Action), nameof(AuditEntry.ContentItemId),
            nameof(AuditEntry.ContentType), nameof(AuditEntry.Version), nameof(AuditEntry.Comment), nameof(AuditEntry.PreviousHash), nameof(AuditEntry.Hash)];

    /// <summary>Appends an entry inside the caller's transaction, after its content write.</summary>
    public Task AppendAsync(string actor, string action, ContentItemVersion version, string? comment, CancellationToken cancellationToken)
    {
        return AppendAsync(actor, action, AuditSubject.Of(version), comment, cancellationToken);
    }

    /// <summary>
    /// Appends an entry about something other than a content version (a site setting), inside the
    /// caller's transaction after its write. Same fields, same chain: <c>audit verify</c> needs no change.
    /// </summary>
    public Task AppendAsync(string actor, string action, AuditSubject subject, string? comment, CancellationToken cancellationToken) =>
        AppendManyAsync(actor, action, [subject ?? throw new ArgumentNullException(nameof(subject))], comment, cancellationToken);

    /// <summary>
    /// Appends one entry per subject, chained in order, with one read of the head and one save: what an import
    /// switching thousands of staged items, or a lot published at once, needs (the same entries as one append each).
    /// </summary>
    public async Task AppendManyAsync(string actor, string action, IReadOnlyList<AuditSubject> subjects, string? comment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        if (subjects.Count == 0)
        {
            return;
        }

        if (db.Engine == DatabaseEngine.PostgreSql)
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AppendLock})", cancellationToken);
        }

        var last = await db.Set<AuditEntry>().AsNoTracking().OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(cancellationToken);
        var (sequence, previous) = (last?.Sequence ?? 0, last?.Hash ?? AuditHash.Genesis);
        var now = StoredTime.UtcNow(clock);
        var first = (Sequence: 0L, Hash: string.Empty);
        var rows = new List<object?[]>(subjects.Count);
        foreach (var subject in subjects)
        {
            var entry = new AuditEntry
            {
                Sequence = ++sequence,
                TimestampUtc = now,
                Actor = actor,
                Action = action,
                ContentItemId = subject.Id,
                ContentType = subject.Type,
                Version = subject.Version,
                Comment = comment,
                PreviousHash = previous,
                Hash = string.Empty,
            };
            entry.Hash = previous = AuditHash.Keyed(entry, key.Bytes);
            first = first.Sequence == 0 ? (sequence, previous) : first;
            rows.Add([entry.Sequence, entry.TimestampUtc, entry.Actor, entry.Action, entry.ContentItemId, entry.ContentType, entry.Version, entry.Comment, entry.PreviousHash, entry.Hash]);
        }

        await BulkInsert.ExecuteAsync(db, "AuditEntries", BulkColumns, rows, [], cancellationToken);

        // The first, then the last: the anchor keeps the first keyed entry and the head, as for single appends.
        anchor.Appended(db, first.Sequence, first.Hash);
        anchor.Appended(db, sequence, previous);
    }

    /// <summary>
    /// Walks the whole chain; the first broken link is reported in French, with its sequence number. Entries
    /// before the first keyed one (written before the key existed) are accepted as legacy, unkeyed; from the
    /// first keyed one on (or from the anchored head's first keyed number), every entry must carry the MAC.
    /// The chain must reach the anchored head, with the same MAC: otherwise entries were removed or rewritten.
    /// </summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var head = anchor.Read();
        var keyRequiredFrom = head?.FirstKeyedSequence ?? long.MaxValue;
        var expectedPrevious = AuditHash.Genesis;
        long count = 0, legacy = 0;
        await foreach (var entry in db.Set<AuditEntry>().AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var problem = entry.Sequence != count + 1 ? $"entrée n° {count + 1} manquante (la suivante porte le n° {entry.Sequence})"
                : entry.PreviousHash != expectedPrevious ? $"entrée n° {entry.Sequence} : le lien vers l'entrée précédente ne correspond pas"
                : head is not null && entry.Sequence == head.Sequence && entry.Hash != head.Hash ? $"entrée n° {entry.Sequence} : différente de la tête ancrée hors de la base"
                : null;
            if (problem is null && AuditHash.Keyed(entry, key.Bytes) != entry.Hash)
            {
                var legacyAllowed = legacy == count && entry.Sequence < keyRequiredFrom && AuditHash.Of(entry) == entry.Hash;
                problem = legacyAllowed ? null : $"entrée n° {entry.Sequence} : son contenu a été modifié (empreinte différente)";
                legacy += legacyAllowed ? 1 : 0;
            }

            if (problem is not null)
            {
                return new AuditVerification(false, count, problem, legacy);
            }

            expectedPrevious = entry.Hash;
            count++;
        }

        if (head is not null && count < head.Sequence)
        {
            return new AuditVerification(false, count, $"le journal s'arrête à l'entrée n° {count} alors que la tête ancrée hors de la base est l'entrée n° {head.Sequence} : des entrées ont été supprimées", legacy);
        }

        if (head is null && count > legacy)
        {
            return new AuditVerification(false, count, $"tête ancrée introuvable ({anchor.FilePath}) alors que le journal contient des entrées signées : une suppression des dernières entrées ne peut pas être exclue", legacy);
        }

        return new AuditVerification(true, count, null, legacy);
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

    /// <summary>A publication lot, numbered by its round (each decision on it is a new round).</summary>
    public const string LotType = "lot";

    public static AuditSubject Account(string userId) => new(userId, AccountType, 0);

    public static AuditSubject Of(ContentItemVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return new(version.ContentItemId, version.ContentType, version.Version);
    }
}

/// <summary>The verdict on the chain: intact or not, how many entries were checked (of which legacy, unkeyed), and the first problem.</summary>
public sealed record AuditVerification(bool Intact, long Checked, string? Problem, long Legacy = 0);
