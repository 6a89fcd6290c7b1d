using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Processes.Public;

namespace Portal.Sortition.Publication;

/// <summary>Creates, for each draw of a process, the draft item the COPIL validates before the draw is public.</summary>
public sealed class DrawPublication(PortalDbContext db, ContentStore store, ProcessDirectory processes)
{
    public const string ContentType = "PublicationTirage";

    public static string ItemId(string processId, string drawId) => $"{processId}/tirage/{drawId}";

    /// <summary>The item's id, ending the same for every process: what the public query matches on.</summary>
    public static string ItemSuffix(string drawId) => "/tirage/" + drawId;

    /// <summary>Creates the draft when the process exists and the item does not; returns its id, or null without a process.</summary>
    public async Task<string?> EnsureDraftAsync(string processSlug, string drawId, string author, CancellationToken cancellationToken = default)
    {
        var processId = await processes.IdOfSlugAsync(processSlug, cancellationToken);
        if (processId is null)
        {
            return null;
        }

        var id = ItemId(processId, drawId);
        if (await store.GetLatestAsync(id, cancellationToken) is null)
        {
            var item = new PublishedDraw(drawId, "Tirage au sort du panel", "Engagement publié avant le tirage ; la graine dépend d'un aléa public annoncé à l'avance.");
            var created = await store.CreateAsync(new NewContentItem(item, author) { ContentItemId = id, ProcessId = processId }, cancellationToken);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException("La publication du tirage n'a pas pu être créée.");
            }
        }

        return id;
    }

    /// <summary>The id of a draw's publication item, whatever its state, for the back office.</summary>
    public Task<string?> FindItemAsync(string drawId, CancellationToken cancellationToken = default)
    {
        var suffix = ItemSuffix(drawId);
        return db.ContentItemVersions.AsNoTracking()
            .Where(v => v.ContentType == ContentType && v.Latest && v.ContentItemId.EndsWith(suffix))
            .Select(v => v.ContentItemId).FirstOrDefaultAsync(cancellationToken);
    }
}
