using Portal.Core.Content;

namespace Portal.Processes.Public;

/// <summary>
/// Which stored versions belong to the public history: those once published (the version in force and those it
/// replaced), never a draft or a version in review, and nothing of an item taken off the site.
/// </summary>
internal static class PublicVersions
{
    /// <summary>Versions that were published at some point: the database side of the rule.</summary>
    public static IQueryable<ContentItemVersion> OncePublished(IQueryable<ContentItemVersion> versions) =>
        versions.Where(v => v.PublishedUtc != null
            && (v.Status == ContentStatus.Published || v.Status == ContentStatus.Superseded || v.Status == ContentStatus.Archived));

    /// <summary>
    /// Of versions once published, those of items still public. An unpublished (archived) version was taken down with
    /// everything published before it: often for legal or personal-data reasons, so a later publication of the item
    /// must not bring those texts back.
    /// </summary>
    public static List<ContentItemVersion> StillPublic(IReadOnlyCollection<ContentItemVersion> versions)
    {
        var takenDownUpTo = versions.Where(v => v.Status == ContentStatus.Archived)
            .GroupBy(v => v.ContentItemId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(v => v.Version), StringComparer.Ordinal);
        var live = versions.Where(v => v.Published).Select(v => v.ContentItemId).ToHashSet(StringComparer.Ordinal);
        return [.. versions.Where(v => live.Contains(v.ContentItemId) && v.Status != ContentStatus.Archived
            && v.Version > takenDownUpTo.GetValueOrDefault(v.ContentItemId))];
    }
}
