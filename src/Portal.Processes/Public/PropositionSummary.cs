namespace Portal.Processes.Public;

/// <summary>
/// One line of a process's compact list of propositions: what the list shows and filters on, with its response clock,
/// the tally of its commitments, the date of its latest follow-up and the follow-up committee's fidelity grade.
/// </summary>
public sealed record PropositionSummary(
    string Code,
    string Title,
    string Theme,
    int Order,
    string? Decision,
    string? FollowUpStatus,
    ResponseClock? Clock = null,
    CommitmentTally? Commitments = null,
    DateOnly? LastFollowUp = null,
    string? Grade = null)
{
    public ResponseClock ClockOrNone => Clock ?? ResponseClock.None;

    public CommitmentTally Tally => Commitments ?? CommitmentTally.Empty;

    /// <summary>The compact line of a proposition already read in full (staff preview, archived versions).</summary>
    public static PropositionSummary Of(PropositionView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var p = view.Proposition;
        return new(
            p.Code, p.Title, p.Theme, p.Order, view.Reponse?.Decision, view.Suivis.Count == 0 ? null : view.Suivis[^1].Status,
            view.Clock, CommitmentTally.Of(view.Commitments ?? []), view.Suivis.Count == 0 ? null : view.Suivis[^1].Date,
            view.Assessment?.Grade);
    }
}
