using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Files;
using Portal.Media.Storage;

namespace Portal.Media;

/// <summary>The media library's answer to <see cref="IMediaFiles"/>: documents' addresses, formats and sizes, read in one query.</summary>
internal sealed class MediaFiles(PortalDbContext db) : IMediaFiles
{
    public async Task<IReadOnlyDictionary<string, StoredFile>> FindAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var wanted = ids.Where(MediaStorage.IsId).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<string, StoredFile>(StringComparer.Ordinal);
        }

        var found = await db.Set<MediaItem>().AsNoTracking()
            .Where(m => m.Kind == MediaKind.Document && wanted.Contains(m.Id))
            .ToListAsync(cancellationToken);
        return found.ToDictionary(m => m.Id, m => new StoredFile(m.Id, MediaHtml.DocumentUrl(m), m.Extension, m.Size), StringComparer.Ordinal);
    }
}
