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
        return Truncate(clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>A UTC instant as both engines store it: to the microsecond.</summary>
    public static DateTime Truncate(DateTime utc) => new(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);
}
