using Portal.Core.Content;

namespace Portal.Admin;

/// <summary>
/// The state of versions as the back office shows them: the workflow's label where it follows the version
/// (« Soumis au COPIL »…), else the store's status. Read once per page for every version it lists.
/// </summary>
public sealed class VersionStatuses(IEnumerable<IReviewStates> reviewStates)
{
    public async Task<VersionStatusBoard> OfAsync(IReadOnlyCollection<ContentItemVersion> versions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var labels = new Dictionary<VersionKey, ReviewState>();
        foreach (var source in reviewStates)
        {
            foreach (var (key, state) in await source.StatesAsync(versions, cancellationToken))
            {
                labels[key] = state;
            }
        }

        return new VersionStatusBoard(labels);
    }
}

/// <summary>The labels read for one page.</summary>
public sealed class VersionStatusBoard(IReadOnlyDictionary<VersionKey, ReviewState> reviewStates)
{
    public static readonly VersionStatusBoard StoreOnly = new(new Dictionary<VersionKey, ReviewState>());

    /// <summary>Whether a submission is open on this version (saving it again would withdraw it).</summary>
    public bool UnderReview(ContentItemVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return reviewStates.GetValueOrDefault(new VersionKey(version.ContentItemId, version.Version))?.Open == true;
    }

    /// <summary>One version's own state (a line of its history).</summary>
    public string Of(ContentItemVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return reviewStates.GetValueOrDefault(new VersionKey(version.ContentItemId, version.Version))?.Label ?? StatusLabels.For(version.Status);
    }

    /// <summary>An item's latest version, saying when an older one is what the public reads.</summary>
    public string For(ContentItemVersion latest)
    {
        ArgumentNullException.ThrowIfNull(latest);
        return StatusLabels.For(latest, reviewStates.GetValueOrDefault(new VersionKey(latest.ContentItemId, latest.Version))?.Label);
    }
}
