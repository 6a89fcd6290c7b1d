namespace Portal.Core.Content;

/// <summary>
/// One numbered version of a content item, its typed content stored as a JSON document.
/// The database guarantees at most one <see cref="Latest"/> and one <see cref="Published"/> row per item.
/// </summary>
public sealed class ContentItemVersion
{
    public long Id { get; set; }

    public required string ContentItemId { get; set; }

    public required string ContentType { get; set; }

    public int Version { get; set; }

    public ContentStatus Status { get; set; }

    public bool Latest { get; set; }

    public bool Published { get; set; }

    /// <summary>
    /// The text of this draft is fixed: it was submitted for review, and approvals are bound to exactly this text.
    /// The next edit starts a new version (and tells <see cref="IContentEditHandler"/>s, which withdraw the submission).
    /// </summary>
    public bool Frozen { get; set; }

    /// <summary>The process ("démarche") this item belongs to; the process's own id for a process.</summary>
    public string? ProcessId { get; set; }

    /// <summary>The item this one hangs under (a proposition for its response and follow-ups).</summary>
    public string? ContainerId { get; set; }

    public required string DisplayText { get; set; }

    public required string Data { get; set; }

    public required string Author { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ModifiedUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }

    public string? PublishedBy { get; set; }

    /// <summary>When the reviewers approved this exact version (the public validation stamp), recorded at its publication.</summary>
    public DateTime? ApprovedUtc { get; set; }

    /// <summary>Changes on every write; a stale value on save is a concurrent edit.</summary>
    public required string ConcurrencyStamp { get; set; }
}
