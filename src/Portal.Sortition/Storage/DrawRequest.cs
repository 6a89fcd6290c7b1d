namespace Portal.Sortition.Storage;

/// <summary>What an administrator provides to prepare a draw: the raw pool file, quotas and the public-randomness rule.</summary>
public sealed record DrawRequest(
    string ProcessSlug,
    string PoolCsv,
    string QuotasJson,
    string RandomnessRule,
    IReadOnlyCollection<string> ContactColumns,
    string? ReferenceSharesJson = null);

/// <summary>An expected outcome, with French messages: success with the draw's ID, or why nothing was stored.</summary>
public sealed record SortitionOutcome(bool Success, string? DrawId, IReadOnlyList<string> Messages)
{
    public static SortitionOutcome Failed(params string[] messages) => new(false, null, messages);
}
