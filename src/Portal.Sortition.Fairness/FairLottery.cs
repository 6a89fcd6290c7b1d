using Portal.Sortition.Drawing;

namespace Portal.Sortition.Fairness;

/// <summary>Turns a solved distribution into the committed ticket table of <see cref="LotteryDraw"/>, rounded per volunteer.</summary>
public static class FairLottery
{
    public static LotteryTable Table(Pool pool, Quotas quotas, PanelDistribution distribution)
    {
        ArgumentNullException.ThrowIfNull(pool);
        return Table(pool, TicketRounding.Round(pool, quotas, distribution));
    }

    public static LotteryTable Table(Pool pool, RoundedLottery rounded)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(rounded);
        return new LotteryTable(rounded.Panels.Select((panel, p) => new LotteryPanel(rounded.Tickets[p], panel.Select(i => pool.Volunteers[i].Id).ToList())));
    }
}
