namespace Portal.Sortition.Storage;

/// <summary>
/// What an administrator provides to prepare a draw: the raw pool file (bytes: the encoding is detected),
/// the columns declared public (null: the import's safe defaults), quotas and the public-randomness rule;
/// for min/max quotas the method (LEXIMIN when not given) and the solver's time budget. A draw for a
/// process and purpose already drawn is a redraw and needs the COPIL decision that motivates it.
/// </summary>
public sealed record DrawRequest(
    string ProcessSlug,
    byte[] PoolFile,
    string QuotasJson,
    string RandomnessRule,
    IReadOnlyCollection<string>? PublicColumns,
    string? ReferenceSharesJson = null,
    DrawMethod? Method = null,
    TimeSpan? Budget = null,
    string Author = "tirage")
{
    /// <summary>Default solver budget: LEXIMIN can take over an hour on large pools; the result is valid (if less fair) when it stops.</summary>
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromMinutes(30);

    /// <summary>What the draw chooses (the panel unless said otherwise): one revealed draw per process and purpose closes it.</summary>
    public string Purpose { get; init; } = SortitionDraw.DefaultPurpose;

    /// <summary>For a redraw: the COPIL decision that motivates it (shown publicly beside the earlier draws).</summary>
    public string? RedrawReason { get; init; }
}

/// <summary>An expected outcome, with French messages: success with the draw's ID, or why nothing was stored.</summary>
public sealed record SortitionOutcome(bool Success, string? DrawId, IReadOnlyList<string> Messages)
{
    public static SortitionOutcome Failed(params string[] messages) => new(false, null, messages);
}
