namespace Portal.Sortition.Storage;

/// <summary>
/// What an administrator provides to prepare a draw: the raw pool file, quotas and the public-randomness
/// rule; for min/max quotas the method (LEXIMIN when not given) and the solver's time budget.
/// </summary>
public sealed record DrawRequest(
    string ProcessSlug,
    string PoolCsv,
    string QuotasJson,
    string RandomnessRule,
    IReadOnlyCollection<string> ContactColumns,
    string? ReferenceSharesJson = null,
    DrawMethod? Method = null,
    TimeSpan? Budget = null,
    string Author = "tirage")
{
    /// <summary>Default solver budget: LEXIMIN can take over an hour on large pools; the result is valid (if less fair) when it stops.</summary>
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromMinutes(30);
}

/// <summary>An expected outcome, with French messages: success with the draw's ID, or why nothing was stored.</summary>
public sealed record SortitionOutcome(bool Success, string? DrawId, IReadOnlyList<string> Messages)
{
    public static SortitionOutcome Failed(params string[] messages) => new(false, null, messages);
}
