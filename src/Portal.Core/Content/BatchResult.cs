namespace Portal.Core.Content;

/// <summary>
/// What a batch write did: all of it (<see cref="Count"/> versions) or nothing, and then which version stopped it
/// (by its display text) and why, so the caller can say so in French.
/// </summary>
public sealed record BatchResult(ContentOutcome Outcome, int Count, string? Blocking = null)
{
    public bool Succeeded => Outcome == ContentOutcome.Ok;

    public static BatchResult Ok(int count) => new(ContentOutcome.Ok, count);

    public static BatchResult Failed(ContentOutcome outcome, string? blocking) => new(outcome, 0, blocking);
}
