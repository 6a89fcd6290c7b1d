namespace Portal.Core.Content;

/// <summary>
/// Where versions stand beyond what storage knows (submitted, approved, sent back, withdrawn), in the words of the
/// module that owns that state: the workflow, whose labels come from its definition. Without one, the back office
/// shows the store's statuses only.
/// </summary>
public interface IReviewStates
{
    /// <summary>The label of each version the workflow follows; the others are left out.</summary>
    Task<IReadOnlyDictionary<VersionKey, string>> LabelsAsync(IReadOnlyCollection<ContentItemVersion> versions, CancellationToken cancellationToken);
}
