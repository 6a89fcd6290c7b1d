using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Portal.Core.Audit;

/// <summary>
/// Keeps the chain's head (last sequence number and its MAC) in <c>{DataPath}/audit-head.json</c>, outside the
/// database, so deleting the last entries is detected. Written once the appending transaction has committed
/// (an interceptor on the context), never ahead of what is stored; the file can be published or mailed daily.
/// </summary>
public sealed class AuditHeadAnchor(PortalPaths paths) : DbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, AuditHead> _pending = [];
    private readonly Lock _write = new();

    public string FilePath { get; } = Path.Combine(paths.DataPath, "audit-head.json");

    public AuditHead? Read() =>
        File.Exists(FilePath) ? JsonSerializer.Deserialize<AuditHead>(File.ReadAllText(FilePath)) : null;

    /// <summary>Called after an entry is saved: anchored now, or when the caller's transaction commits.</summary>
    internal void Appended(DbContext db, long sequence, string hash)
    {
        if (db.Database.CurrentTransaction is null)
        {
            Advance(new AuditHead(sequence, hash, sequence));
            return;
        }

        // Several entries in one transaction: the head is the last, the first keyed one is the first.
        var first = _pending.TryGetValue(db, out var earlier) ? earlier.FirstKeyedSequence : sequence;
        _pending.AddOrUpdate(db, new AuditHead(sequence, hash, first));
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } db && _pending.TryGetValue(db, out var head))
        {
            _pending.Remove(db);
            Advance(head);
        }
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData?.Context is { } db)
        {
            _pending.Remove(db);
        }
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    private void Advance(AuditHead committed)
    {
        lock (_write)
        {
            var current = Read();
            if (current is not null && current.Sequence >= committed.Sequence)
            {
                return; // a later entry's commit got here first
            }

            var head = committed with { FirstKeyedSequence = current?.FirstKeyedSequence ?? committed.FirstKeyedSequence };
            // A name of its own: nodes sharing the data folder may write at the same moment.
            var temporary = $"{FilePath}.{Guid.NewGuid():N}.tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(head));
            File.Move(temporary, FilePath, overwrite: true);
        }
    }
}

/// <summary>The anchored head: last entry's number and MAC, and the first entry written with the key.</summary>
public sealed record AuditHead(long Sequence, string Hash, long FirstKeyedSequence);
