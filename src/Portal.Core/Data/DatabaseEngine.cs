namespace Portal.Core.Data;

public enum DatabaseEngine
{
    Sqlite,
    PostgreSql,
}
