namespace Portal.Core.Data;

/// <summary>
/// The clock as stored: UTC cut to microseconds, what PostgreSQL keeps, so a date reads back as it was
/// written on every engine (and an audit hash over it stays verifiable).
/// </summary>
public static class StoredTime
{
    public static DateTime UtcNow(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        return new DateTime(now.Ticks - (now.Ticks % 10), DateTimeKind.Utc);
    }
}
