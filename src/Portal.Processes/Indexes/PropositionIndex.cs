namespace Portal.Processes.Indexes;

/// <summary>Published propositions, for permalinks by code, counts and the sitemap.</summary>
public sealed class PropositionIndex
{
    public required string ContentItemId { get; set; }

    public required string ProcessId { get; set; }

    public required string Code { get; set; }

    public required string Title { get; set; }

    public required string Theme { get; set; }

    public int Order { get; set; }

    /// <summary>The referral (« saisine ») of the opinion it belongs to; null for the opinion's own hand-over.</summary>
    public string? Referral { get; set; }

    public DateTime PublishedUtc { get; set; }
}
