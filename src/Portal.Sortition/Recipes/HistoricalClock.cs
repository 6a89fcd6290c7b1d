namespace Portal.Sortition.Recipes;

/// <summary>
/// The clock of a draw a recipe records as it happened: set to each stated date in turn (commitment,
/// publication, reveal), so the stored draw and its publication history carry the recipe's dates and the
/// engine's own checks (commitment public before the randomness) run against them.
/// </summary>
internal sealed class HistoricalClock(DateTime utc) : TimeProvider
{
    private DateTimeOffset _now = new(utc, TimeSpan.Zero);

    public void Set(DateTime utc) => _now = new DateTimeOffset(utc, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;
}
