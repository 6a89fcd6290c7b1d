using Microsoft.EntityFrameworkCore;
using Portal.Core.Audit;
using Portal.Core.Content;
using Portal.Core.Data;

namespace Portal.Media.Storage;

/// <summary>A content item whose published version or current draft shows a media.</summary>
public sealed record MediaUsage(string ContentItemId, string DisplayText);

/// <summary>What a deletion did: done, no such media, or refused because pages use it and were not all confirmed.</summary>
public sealed record MediaDeleteResult(bool Deleted, IReadOnlyList<MediaUsage> UsedBy)
{
    public bool Refused => !Deleted && UsedBy.Count > 0;
}

/// <summary>
/// Deletes a media only when no published or draft page uses it, or when the request names every page that
/// does (so a page that started using it since the warning was shown is never broken silently); each
/// deletion is audited, with the pages it broke, in the same transaction.
/// </summary>
public sealed class MediaDeletion(PortalDbContext db, MediaStorage storage, AuditTrail audit)
{
    public const string AuditType = "media";

    /// <summary>Pages using the media: its id appears in their published version or their latest (draft) version.</summary>
    public async Task<IReadOnlyList<MediaUsage>> UsagesAsync(string id, CancellationToken cancellationToken) =>
        await Mentioning(id).AsNoTracking()
            .Where(v => v.Published || v.Latest)
            .OrderBy(v => v.DisplayText)
            .Select(v => new MediaUsage(v.ContentItemId, v.DisplayText))
            .Distinct().ToListAsync(cancellationToken);

    // PostgreSQL stores the document as jsonb, which LIKE does not take: search its text form there.
    private IQueryable<ContentItemVersion> Mentioning(string id) => db.Engine == DatabaseEngine.PostgreSql
        ? db.Set<ContentItemVersion>().FromSql($"SELECT * FROM \"ContentItemVersions\" WHERE strpos(\"Data\"::text, {id}) > 0")
        : db.Set<ContentItemVersion>().Where(v => v.Data.Contains(id));

    public async Task<MediaDeleteResult> DeleteAsync(string id, string actor, IReadOnlyCollection<string> confirmedItemIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(confirmedItemIds);
        var media = MediaStorage.IsId(id) ? await db.Set<MediaItem>().AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken) : null;
        if (media is null)
        {
            return new MediaDeleteResult(false, []);
        }

        var usages = await UsagesAsync(id, cancellationToken);
        if (usages.Any(u => !confirmedItemIds.Contains(u.ContentItemId)))
        {
            return new MediaDeleteResult(false, usages);
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.Set<MediaItem>().Where(m => m.Id == id).ExecuteDeleteAsync(cancellationToken);
            var comment = media.OriginalFileName + (usages.Count == 0 ? string.Empty : " ; utilisé par : " + string.Join(", ", usages.Select(u => u.ContentItemId)));
            await audit.AppendAsync(actor, AuditActions.MediaDeleted, new AuditSubject(id, AuditType, 0), comment, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var folder = storage.Folder(id);
        if (folder is not null && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return new MediaDeleteResult(true, usages);
    }
}
