using Portal.Workflows.Publication;

namespace Portal.Workflows.Lots;

/// <summary>
/// A named set of versions (« Réponses de l'assemblée du 20 octobre ») that goes through the workflow as one
/// submission: approved once per member, published by one action, all its items at once or none. Its items are
/// the <see cref="WorkflowSubmission"/> records that carry its id; editing any of them withdraws the lot.
/// </summary>
public sealed class PublicationLot : WorkflowRecord
{
    public required string Name { get; set; }

    public int ItemCount { get; set; }

    /// <summary>Why the lot stopped travelling when it was withdrawn (which item was edited, by whom), in French.</summary>
    public string? ClosedReason { get; set; }
}
