namespace Portal.Core.Text;

/// <summary>Daily rendez-vous at a Paris wall-clock time (daylight saving time included): the morning e-mails.</summary>
public static class ParisTime
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>The time left from <paramref name="now"/> until the next <paramref name="timeOfDay"/> in Paris.</summary>
    public static TimeSpan UntilNext(TimeSpan timeOfDay, DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, Paris);
        var next = local.Date + timeOfDay;
        if (local.DateTime >= next)
        {
            next = next.AddDays(1);
        }

        return new DateTimeOffset(next, Paris.GetUtcOffset(next)) - now;
    }
}
