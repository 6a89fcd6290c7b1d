namespace Portal.Core.Content;

/// <summary>
/// Where versions stand beyond what storage knows (submitted, approved, sent back, withdrawn), in the words of the
/// module that owns that state: the workflow, whose labels come from its definition. Without one, the back office
/// shows the store's statuses only.
/// </summary>
public interface IReviewStates
{
    /// <summary>The state of each version the workflow follows; the others are left out.</summary>
    Task<IReadOnlyDictionary<VersionKey, ReviewState>> StatesAsync(IReadOnlyCollection<ContentItemVersion> versions, CancellationToken cancellationToken);
}

/// <summary>A version's review state in words, and whether a submission is open on it now (editing it would withdraw that).</summary>
public sealed record ReviewState(string Label, bool Open);
