namespace Portal.Processes.Public;

/// <summary>Today's date where the portal's public lives (France), from the injected clock.</summary>
public sealed class PublicClock(TimeProvider clock)
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Paris).DateTime);
}
