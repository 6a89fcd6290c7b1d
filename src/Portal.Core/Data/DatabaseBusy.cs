using Microsoft.Data.Sqlite;
using Npgsql;

namespace Portal.Core.Data;

/// <summary>
/// Recognises a write that gave up waiting for another writer (SQLite busy or locked beyond its timeout,
/// PostgreSQL lock or statement timeout): the user is asked to retry (503), their text kept, never told
/// « not found » or « someone changed it ».
/// </summary>
public static class DatabaseBusy
{
    public const string Message = "La base de données est occupée par une autre opération (un import, par exemple) : rien n'a été enregistré, mais votre saisie est conservée. Réessayez dans quelques secondes.";

    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case DatabaseBusyException:
                case SqliteException sqlite when sqlite.SqliteErrorCode is 5 or 6:
                case PostgresException postgres when postgres.SqlState is PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.QueryCanceled:
                case NpgsqlException { InnerException: TimeoutException }:
                    return true;
                default:
                    break;
            }
        }

        return false;
    }
}
