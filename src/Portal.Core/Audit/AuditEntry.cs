namespace Portal.Core.Audit;

/// <summary>
/// One change to content, appended in the same transaction as the change. Entries are never updated
/// or deleted; each carries the hash of the previous one, so altering or removing any is detectable.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>Position in the chain, from 1 with no gap (unique: two writers cannot fork the chain).</summary>
    public long Sequence { get; set; }

    public DateTime TimestampUtc { get; set; }

    public required string Actor { get; set; }

    public required string Action { get; set; }

    public required string ContentItemId { get; set; }

    public required string ContentType { get; set; }

    public int Version { get; set; }

    public string? Comment { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }
}
