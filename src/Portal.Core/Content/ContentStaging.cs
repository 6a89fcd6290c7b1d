using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Audit;
using Portal.Core.Data;

namespace Portal.Core.Content;

/// <summary>
/// Creates thousands of new items all or nothing without holding the database's write lock for long.
/// <para>
/// One transaction for a whole import held SQLite's only write lock for as long as it ran (5,000 rows: 100 s), and
/// its change tracker grew with every row (quadratic time). Here the rows are written first as
/// <see cref="ContentStatus.Staged"/> versions, <see cref="BatchSize"/> per short transaction, by multi-row INSERTs that track nothing
/// cleared after each: staged rows are never latest nor published, so no page, list, draft query or
/// workflow sees them, and other editors' saves slip in between two batches (in turn: <see cref="SqliteWriteGate"/>). When every row is written,
/// <see cref="SwitchAsync"/> makes them drafts in one short transaction (one UPDATE, the audit entries in one
/// save). If anything fails before, the batch is deleted (<see cref="DiscardAsync"/>); a batch left by a crash is
/// deleted by the next import (<see cref="DiscardStaleAsync"/>). The unique (item, version) index makes a staged
/// row and a concurrent creation of the same item exclude each other, as two creations do.
/// </para>
/// The batch is recognised by its key, the prefix of its rows' concurrency stamps (opaque strings nobody reads
/// while they are staged): no schema change.
/// </summary>
public sealed class ContentStaging(PortalDbContext db, ContentTypeRegistry types, AuditTrail audit, TimeProvider clock, SqliteWriteGate gate)
{
    public const int BatchSize = 200;

    /// <summary>Older staged rows belong to an import that died (a whole import takes seconds).</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(30);

    public static string NewBatchKey() => "stg" + Guid.NewGuid().ToString("N")[..12] + ":";

    /// <summary>Writes the items as staged first versions, batch after batch; <paramref name="progress"/> gets the count written.</summary>
    public async Task<ContentOutcome> StageAsync(string batch, IEnumerable<NewContentItem> items, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var now = StoredTime.UtcNow(clock);
        var written = 0;
        foreach (var chunk in items.Chunk(BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                using var turn = await gate.EnterAsync(db, cancellationToken);
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await BulkInsert.ExecuteAsync(db, "ContentItemVersions", VersionRows.Columns,
                    [.. chunk.Select(item => VersionRows.FirstVersion(types, item, ContentStatus.Staged, latest: false, batch + ContentStore.NewStamp(), now))],
                    VersionRows.JsonColumns, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is DbException or DatabaseBusyException)
            {
                // Busy beyond the timeout, or an item of the same id created by someone else (unique index).
                return DatabaseBusy.Is(exception) ? ContentOutcome.Busy : ContentOutcome.Conflict;
            }

            written += chunk.Length;
            progress?.Report(written);
        }

        return ContentOutcome.Ok;
    }

    /// <summary>
    /// Turns the batch into drafts and appends their audit entries, with <paramref name="alongside"/> (other writes
    /// that must land with them) in the same short transaction; any failure leaves the batch staged.
    /// </summary>
    public async Task<ContentOutcome> SwitchAsync(
        string batch, string processId, string author, Func<CancellationToken, Task<ContentOutcome>>? alongside, CancellationToken cancellationToken)
    {
        using var turn = await gate.EnterAsync(db, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var staged = Staged(batch, processId);
        var subjects = await staged.OrderBy(v => v.Id)
            .Select(v => new AuditSubject(v.ContentItemId, v.ContentType, v.Version)).ToListAsync(cancellationToken);
        var now = StoredTime.UtcNow(clock);
        await staged.ExecuteUpdateAsync(
            set => set.SetProperty(v => v.Status, ContentStatus.Draft).SetProperty(v => v.Latest, true)
                .SetProperty(v => v.CreatedUtc, now).SetProperty(v => v.ModifiedUtc, now),
            cancellationToken);
        await audit.AppendManyAsync(author, AuditActions.Created, subjects, null, cancellationToken);
        db.ChangeTracker.Clear();
        var outcome = alongside is null ? ContentOutcome.Ok : await alongside(cancellationToken);
        if (outcome != ContentOutcome.Ok)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return outcome;
        }

        await transaction.CommitAsync(cancellationToken);
        return ContentOutcome.Ok;
    }

    /// <summary>Deletes what a failed or abandoned import staged (never anything switched).</summary>
    public Task<int> DiscardAsync(string batch, string processId, CancellationToken cancellationToken) =>
        Staged(batch, processId).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Deletes staged rows left by imports that died (a crash between staging and switch).</summary>
    public Task<int> DiscardStaleAsync(CancellationToken cancellationToken)
    {
        var before = StoredTime.UtcNow(clock) - StaleAfter;
        return db.ContentItemVersions.Where(v => v.Status == ContentStatus.Staged && v.CreatedUtc < before).ExecuteDeleteAsync(cancellationToken);
    }

    private IQueryable<ContentItemVersion> Staged(string batch, string processId) =>
        db.ContentItemVersions.Where(v => v.ProcessId == processId && v.Status == ContentStatus.Staged && v.ConcurrencyStamp.StartsWith(batch));
}
