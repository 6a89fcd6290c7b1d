using Portal.Core.Audit;

namespace Portal.Core.Content;

/// <summary>
/// How one publication (or unpublication) is written down: the audit action and comment, and the approval the
/// publisher vouches for. A workflow passes its transition, so that a transition is one audit entry, not two; a
/// recipe or a test publishes with the store's own words (<see cref="Plain"/>).
/// </summary>
public sealed record PublicationEntry(string AuditAction, string? Comment = null, DateTime? ApprovedUtc = null)
{
    public static readonly PublicationEntry Plain = new(AuditActions.Published);

    public static readonly PublicationEntry PlainUnpublication = new(AuditActions.Unpublished);
}
