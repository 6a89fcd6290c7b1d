namespace Portal.Core.Data;

/// <summary>
/// Writers of content take turns here, in arrival order, before they open a transaction on SQLite. SQLite has
/// one write lock and no queue: a writer that commits and begins again (an import, batch after batch) usually
/// wins the lock back before a waiting writer's busy handler wakes up, so an editor's save could wait for a
/// whole import. Through this gate it waits for one batch at most. Nothing on PostgreSQL (row locks, no single
/// writer). One portal process per SQLite file, so an in-process queue is the whole queue.
/// </summary>
public sealed class SqliteWriteGate : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    /// <summary>Waits for this writer's turn (none needed on PostgreSQL); dispose the answer to pass it on.</summary>
    public async Task<IDisposable?> EnterAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Engine != DatabaseEngine.Sqlite || db.Database.CurrentTransaction is not null)
        {
            return null;
        }

        if (!await _turn.WaitAsync(SqliteConnectionSetup.BusyTimeout, cancellationToken))
        {
            throw new DatabaseBusyException();
        }

        return new Turn(_turn);
    }

    public void Dispose() => _turn.Dispose();

    private sealed class Turn(SemaphoreSlim turn) : IDisposable
    {
        private SemaphoreSlim? _turn = turn;

        public void Dispose() => Interlocked.Exchange(ref _turn, null)?.Release();
    }
}

/// <summary>A writer's turn did not come within the busy timeout (see <see cref="DatabaseBusy"/>).</summary>
public sealed class DatabaseBusyException : TimeoutException
{
    public DatabaseBusyException()
        : base("Database busy with another writer.")
    {
    }

    public DatabaseBusyException(string message)
        : base(message)
    {
    }

    public DatabaseBusyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
