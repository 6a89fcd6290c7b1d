using Portal.Sortition.Drawing;

namespace Portal.Sortition.Fairness;

/// <summary>Turns a solved distribution into the committed ticket table of <see cref="LotteryDraw"/>.</summary>
public static class FairLottery
{
    public static LotteryTable Table(Pool pool, PanelDistribution distribution)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(distribution);
        var tickets = distribution.Lottery(LotteryTable.TotalTickets);
        return new LotteryTable(distribution.Panels.Select((panel, p) => new LotteryPanel(tickets[p], panel.Select(i => pool.Volunteers[i].Id).ToList())));
    }
}
