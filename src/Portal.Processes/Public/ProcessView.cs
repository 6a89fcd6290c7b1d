using Portal.Processes.Content;

namespace Portal.Processes.Public;

/// <summary>
/// Everything the public page of a process shows, all from published versions (<see cref="Scores"/>: the follow-up
/// committee's scores per theme, its own voice).
/// </summary>
public sealed record ProcessView(
    string Id,
    Process Process,
    ProcessPhase Phase,
    DateTime PublishedUtc,
    ProcessCharter? Fiche,
    Mandate? Mandat,
    PanelComposition? Panel,
    IReadOnlyList<Speaker> Intervenants,
    CitizensOpinion? Avis,
    IReadOnlyList<PropositionView> Propositions,
    Evaluation? Evaluation,
    IReadOnlyDictionary<string, DateTime>? Approvals = null,
    IReadOnlyList<DocumentView>? Documents = null,
    CommitteeScores? Scores = null)
{
    /// <summary>The documents of one type, in the section's order.</summary>
    public IEnumerable<DocumentView> DocumentsOf(string documentType) => (Documents ?? []).Where(d => d.Document.DocumentType == documentType);

    /// <summary>When the reviewing body validated the version shown of an item, for its public stamp.</summary>
    public DateTime? ApprovedUtc(string contentItemId) =>
        Approvals is not null && Approvals.TryGetValue(contentItemId, out var at) ? at : null;

    public PropositionView? Find(string code) =>
        Propositions.FirstOrDefault(p => string.Equals(p.Proposition.Code, code, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// A published proposition with its published response and follow-ups (newest last), its response clock and its
/// commitments as they stand today, and the follow-up committee's assessment (its own voice). On the permalink,
/// <see cref="Revisions"/> says when the response and each follow-up (same order as <see cref="Suivis"/>) were last
/// changed after a first publication, null for those never changed.
/// </summary>
public sealed record PropositionView(
    Proposition Proposition,
    Response? Reponse,
    DateTime? ResponsePublishedUtc,
    IReadOnlyList<FollowUp> Suivis,
    DateTime? ResponseApprovedUtc = null,
    ResponseClock? Clock = null,
    IReadOnlyList<CommitmentView>? Commitments = null,
    CommitteeAssessment? Assessment = null,
    DateTime? AssessmentApprovedUtc = null,
    PublicRevisions? Revisions = null)
{
    public CommitmentTally Tally => CommitmentTally.Of(Commitments ?? []);
}

/// <summary>When a published response and each published follow-up were last changed (null: published once, never changed).</summary>
public sealed record PublicRevisions(DateTime? Response, IReadOnlyList<DateTime?> FollowUps)
{
    public bool Any => Response is not null || FollowUps.Any(f => f is not null);

    public DateTime? FollowUp(int index) => index < FollowUps.Count ? FollowUps[index] : null;
}
