namespace Portal.Core.Public;

/// <summary>
/// Lets a module name its published items for the site's feeds (news items…) without the feeds knowing the module:
/// all of them, or those of one process.
/// </summary>
public interface IPublicationSource
{
    /// <summary>Published items, newest first: every one when <paramref name="processId"/> is null, else that process's.</summary>
    Task<IReadOnlyList<PublishedNotice>> ListAsync(string? processId, int max, CancellationToken cancellationToken);
}

/// <summary>One published item as a feed shows it: its id, title, publication date, site-relative page, text summary and kind.</summary>
public sealed record PublishedNotice(string ContentItemId, string Title, DateTime PublishedUtc, string Path, string Summary, string Category);
