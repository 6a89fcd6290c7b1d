namespace Portal.Processes.Public;

/// <summary>
/// The filters of the list, as they travel in the query string (<c>?theme=…&amp;decision=…&amp;suivi=…&amp;delai=…&amp;engagement=…&amp;sans-suivi-depuis=…&amp;appreciation=…&amp;p=2</c>).
/// </summary>
public sealed record PropositionFilter(
    string? Theme = null,
    string? Decision = null,
    string? FollowUp = null,
    int Page = 1,
    string? Timing = null,
    string? Commitment = null,
    int? QuietDays = null,
    string? Grade = null)
{
    /// <summary>Filter value for propositions without a published response, without any follow-up, or without the committee's grade.</summary>
    public const string None = "aucun";

    /// <summary>The day « sans suivi depuis » counts from (the public clock's today); set by the reader, not by the address.</summary>
    public DateOnly Today { get; init; }

    public bool IsEmpty => Theme is null && Decision is null && FollowUp is null && Timing is null && Commitment is null && QuietDays is null && Grade is null;

    public bool Matches(PropositionSummary item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return (Theme is null || item.Theme == Theme)
            && Same(Decision, item.Decision)
            && Same(FollowUp, item.FollowUpStatus)
            && (Timing is null || ResponseTimings.Key(item.ClockOrNone.Timing) == Timing)
            && (Commitment is null || HasCommitment(item.Tally, Commitment))
            && (QuietDays is null || IsQuiet(item, QuietDays.Value))
            && Same(Grade, item.Grade);
    }

    /// <summary>No follow-up published for more than <paramref name="days"/> days (counting from the response when there is none).</summary>
    private bool IsQuiet(PropositionSummary item, int days)
    {
        var last = item.LastFollowUp ?? item.ClockOrNone.RespondedOn;
        return last is null || Today.DayNumber - last.Value.DayNumber > days;
    }

    private static bool HasCommitment(CommitmentTally tally, string state) => state switch
    {
        Content.CommitmentStatuses.Done => tally.Done > 0,
        Content.CommitmentStatuses.PartlyDone => tally.PartlyDone > 0,
        Content.CommitmentStatuses.InProgress => tally.InProgress > 0,
        Content.CommitmentStatuses.ToStart => tally.ToStart > 0,
        Content.CommitmentStatuses.Abandoned => tally.Abandoned > 0,
        Content.CommitmentStatuses.Late => tally.Late > 0,
        _ => false,
    };

    private static bool Same(string? wanted, string? actual) =>
        wanted is null || (wanted == None ? actual is null : wanted == actual);
}

/// <summary>The response clock's states as they travel in addresses and read in French.</summary>
public static class ResponseTimings
{
    public static string Key(ResponseTiming timing) => timing switch
    {
        ResponseTiming.OnTime => "dans-les-delais",
        ResponseTiming.Late => "en-retard",
        ResponseTiming.Overdue => "attendue",
        ResponseTiming.Pending => "a-venir",
        _ => "sans-delai",
    };

    public static string Label(ResponseTiming timing) => timing switch
    {
        ResponseTiming.OnTime => "Réponse dans le délai promis",
        ResponseTiming.Late => "Réponse après le délai promis",
        ResponseTiming.Overdue => "Réponse attendue, délai dépassé",
        ResponseTiming.Pending => "Réponse attendue, délai en cours",
        _ => "Sans délai promis",
    };
}
