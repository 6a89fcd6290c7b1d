namespace Portal.Workflows.Publication;

/// <summary>
/// One version of a content item on its way through a workflow. It is bound to that exact version:
/// editing the item afterwards withdraws it. When the version travels in a publication lot
/// (<see cref="LotId"/>), decisions are taken on the lot and this record follows it.
/// </summary>
public sealed class WorkflowSubmission : WorkflowRecord
{
    public required string ContentItemId { get; set; }

    public int Version { get; set; }

    public required string ContentType { get; set; }

    public required string DisplayText { get; set; }

    /// <summary>The publication lot this version travels in, if any.</summary>
    public long? LotId { get; set; }
}
