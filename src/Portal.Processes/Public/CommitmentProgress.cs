using System.Globalization;
using Portal.Core.Text;
using Portal.Processes.Content;

namespace Portal.Processes.Public;

/// <summary>A commitment as the public reads it today: its current state (from the latest follow-up that names it), late or not.</summary>
public sealed record CommitmentView(int Rank, Commitment Commitment, string State, DateOnly? UpdatedOn, DateOnly Today)
{
    /// <summary>The state shown: « en retard » in place of an open state past its deadline.</summary>
    public string Shown => CommitmentStatuses.Shown(State, Commitment.Deadline, Today);

    public bool IsLate => CommitmentStatuses.IsLate(State, Commitment.Deadline, Today);
}

/// <summary>
/// The progress of a proposition's commitments, with its formula: realised ones count 1, partly realised ones ½, and
/// abandoned ones leave the count (a promise given up is not progress, and not work left either: it is shown apart).
/// </summary>
public sealed record CommitmentTally(int Total, int Done, int PartlyDone, int InProgress, int ToStart, int Abandoned, int Late)
{
    public static readonly CommitmentTally Empty = new(0, 0, 0, 0, 0, 0, 0);

    public int Counted => Total - Abandoned;

    /// <summary>The roll-up in percent, null when every commitment was abandoned (or there is none).</summary>
    public decimal? Percent => Counted == 0 ? null : Math.Round((Done + (PartlyDone / 2m)) * 100m / Counted, 0, MidpointRounding.AwayFromZero);

    /// <summary>The formula with its figures, in French, as the pages print it beside the percentage.</summary>
    public string Formula => Percent is { } percent
        ? $"({French.Count(Done, "réalisé", "réalisés")} + ½ × {French.Count(PartlyDone, "partiellement réalisé", "partiellement réalisés")}) ÷ {French.Count(Counted, "engagement non abandonné", "engagements non abandonnés")} = {percent.ToString(CultureInfo.InvariantCulture)} %"
        : "aucun engagement à mesurer (tous abandonnés, ou aucun)";

    public static CommitmentTally Of(IEnumerable<CommitmentView> commitments)
    {
        ArgumentNullException.ThrowIfNull(commitments);
        var list = commitments.ToList();
        int Count(string state) => list.Count(c => c.State == state);
        return new CommitmentTally(
            list.Count, Count(CommitmentStatuses.Done), Count(CommitmentStatuses.PartlyDone), Count(CommitmentStatuses.InProgress),
            Count(CommitmentStatuses.ToStart), Count(CommitmentStatuses.Abandoned), list.Count(c => c.IsLate));
    }

    public static CommitmentTally operator +(CommitmentTally a, CommitmentTally b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Total + b.Total, a.Done + b.Done, a.PartlyDone + b.PartlyDone, a.InProgress + b.InProgress, a.ToStart + b.ToStart, a.Abandoned + b.Abandoned, a.Late + b.Late);
    }

    public static CommitmentTally Add(CommitmentTally left, CommitmentTally right) => left + right;
}

/// <summary>Current states of a response's commitments from the follow-ups' updates.</summary>
public static class CommitmentProgress
{
    /// <summary>
    /// Each commitment's state: the latest update naming its rank (by follow-up date, then by the order given), or the
    /// state the response gave it.
    /// </summary>
    public static IReadOnlyList<CommitmentView> Of(
        IReadOnlyList<Commitment> commitments, IEnumerable<(int Rank, DateOnly Date, string State)> updates, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(commitments);
        var latest = updates
            .Select((u, order) => (u.Rank, u.Date, u.State, Order: order))
            .GroupBy(u => u.Rank)
            .ToDictionary(g => g.Key, g => g.OrderBy(u => u.Date).ThenBy(u => u.Order).Last());
        return [.. commitments.Select((c, i) => latest.TryGetValue(i + 1, out var update)
            ? new CommitmentView(i + 1, c, update.State, update.Date, today)
            : new CommitmentView(i + 1, c, c.State, null, today))];
    }

    /// <summary>The same from a response and its follow-ups (oldest first), as a permalink reads them.</summary>
    public static IReadOnlyList<CommitmentView> Of(Response? response, IReadOnlyList<FollowUp> followUps, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(followUps);
        return response is null
            ? []
            : Of(response.Commitments, followUps.SelectMany(f => (f.Commitments ?? []).Select(u => (u.Engagement, f.Date, u.State))), today);
    }
}
