using Portal.Core.Public;

namespace Portal.News.Public;

/// <summary>Published news for the Atom feeds: the site's, and each process's own.</summary>
internal sealed class NewsPublications(NewsReader reader) : IPublicationSource
{
    public async Task<IReadOnlyList<PublishedNotice>> ListAsync(string? processId, int max, CancellationToken cancellationToken) =>
        [.. (await reader.LatestAsync(processId, max, cancellationToken))
            .Select(n => new PublishedNotice(n.ContentItemId, $"Actualité : {n.Title}", n.PublishedUtc, n.Path, n.Summary, "actualite"))];
}
