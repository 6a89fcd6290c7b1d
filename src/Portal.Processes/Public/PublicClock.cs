using Portal.Core.Text;

namespace Portal.Processes.Public;

/// <summary>Today's date where the portal's public lives (France), from the injected clock.</summary>
public sealed class PublicClock(TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(French.ToParis(clock.GetUtcNow().UtcDateTime));
}
