namespace Portal.Core.Content;

/// <summary>Expected outcomes of a store operation; failures are values, not exceptions.</summary>
public enum ContentOutcome
{
    Ok,
    NotFound,

    /// <summary>Someone else changed the item since it was read.</summary>
    Conflict,

    /// <summary>The operation does not apply to the version in its current status.</summary>
    InvalidState,

    /// <summary>The database stayed busy with another writer (an import) beyond its timeout: nothing was written, retry.</summary>
    Busy,
}

public sealed record ContentResult(ContentOutcome Outcome, ContentItemVersion? Version = null)
{
    public bool Succeeded => Outcome == ContentOutcome.Ok;

    public static ContentResult Ok(ContentItemVersion version) => new(ContentOutcome.Ok, version);

    public static readonly ContentResult NotFound = new(ContentOutcome.NotFound);

    public static readonly ContentResult Conflict = new(ContentOutcome.Conflict);

    public static readonly ContentResult InvalidState = new(ContentOutcome.InvalidState);

    public static readonly ContentResult Busy = new(ContentOutcome.Busy);
}
