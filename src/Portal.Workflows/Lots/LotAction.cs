using Portal.Workflows.Publication;

namespace Portal.Workflows.Lots;

/// <summary>An action on a publication lot; per-item comments of a send-back are kept in <see cref="WorkflowStep.FieldComments"/>, by item id.</summary>
public sealed class LotAction : WorkflowStep
{
    public long LotId { get; set; }

    public PublicationLot? Lot { get; set; }
}
