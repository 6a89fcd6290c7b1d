namespace Portal.Processes.Public;

/// <summary>
/// The devoir de suite's figures over a set of published propositions: how many were answered, how fast (median days
/// from hand-over to response), against the promised delay, with which decisions, and where their commitments stand.
/// </summary>
public sealed record FollowUpFigures(
    int Propositions,
    int Answered,
    decimal? MedianDays,
    int OnTime,
    int Late,
    int Overdue,
    int Pending,
    IReadOnlyDictionary<string, int> Decisions,
    CommitmentTally Commitments)
{
    /// <summary>Share of propositions with a published response, in percent (one decimal); null without propositions.</summary>
    public decimal? AnsweredPercent => Propositions == 0 ? null : Math.Round(Answered * 100m / Propositions, 1, MidpointRounding.AwayFromZero);

    public int DecisionCount(string key) => Decisions.GetValueOrDefault(key);

    public static FollowUpFigures Of(IEnumerable<PropositionSummary> propositions)
    {
        ArgumentNullException.ThrowIfNull(propositions);
        var list = propositions.ToList();
        int Timing(ResponseTiming timing) => list.Count(p => p.ClockOrNone.Timing == timing);
        return new FollowUpFigures(
            list.Count,
            list.Count(p => p.Decision is not null),
            Median([.. list.Where(p => p.Decision is not null).Select(p => p.ClockOrNone.DaysToResponse).OfType<int>()]),
            Timing(ResponseTiming.OnTime),
            Timing(ResponseTiming.Late),
            Timing(ResponseTiming.Overdue),
            Timing(ResponseTiming.Pending),
            list.Where(p => p.Decision is not null).GroupBy(p => p.Decision!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            list.Aggregate(CommitmentTally.Empty, (sum, p) => sum + p.Tally));
    }

    /// <summary>The middle value (the mean of the two middle ones for an even count); null for none.</summary>
    public static decimal? Median(IReadOnlyList<int> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
    }
}
