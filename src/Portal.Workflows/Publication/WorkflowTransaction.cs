using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Workflows.Publication;

/// <summary>
/// Runs one workflow decision in one transaction: committed when it succeeded, rolled back otherwise, and a write
/// refused by the database (a stale stamp, a unique index) is the given conflict outcome. The tracker is left empty.
/// </summary>
internal static class WorkflowTransaction
{
    public static async Task<T> RunAsync<T>(PortalDbContext db, Func<Task<T>> work, Func<T, bool> succeeded, T conflict, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        T outcome;
        try
        {
            outcome = await work();
        }
        catch (DbUpdateException)
        {
            outcome = conflict;
        }

        if (succeeded(outcome))
        {
            await transaction.CommitAsync(cancellationToken);
        }
        else
        {
            await transaction.RollbackAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
        return outcome;
    }
}
