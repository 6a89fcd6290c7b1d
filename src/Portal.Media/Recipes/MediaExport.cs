using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Recipes;
using Portal.Media.Storage;

namespace Portal.Media.Recipes;

/// <summary>
/// The documents a process's recipe points to (<c>media</c> step: id, title, file name and content in base64), so that its
/// documents open on the importing site under the same addresses. They are public files already (<c>/medias/…</c>). Only
/// documents travel: the step refuses images, which no process section holds (a news item's image is left behind, and
/// the importing site's check of the news step names it).
/// </summary>
internal sealed class MediaExport(PortalDbContext db, MediaStorage storage) : IProcessRecipePart
{
    public int Order => 100;

    public async Task<JsonObject?> StepAsync(ProcessRecipeScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var ids = scope.MediaIds.Where(MediaStorage.IsId).ToList();
        var documents = await db.Set<MediaItem>().AsNoTracking()
            .Where(m => m.Kind == MediaKind.Document && ids.Contains(m.Id)).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        var files = new JsonArray();
        foreach (var media in documents)
        {
            var path = Path.Combine(storage.Folder(media.Id)!, $"document.{media.Extension}");
            if (!File.Exists(path))
            {
                continue;
            }

            files.Add(new JsonObject
            {
                ["id"] = media.Id,
                ["title"] = media.Title,
                ["fileName"] = media.OriginalFileName,
                ["base64"] = Convert.ToBase64String(await File.ReadAllBytesAsync(path, cancellationToken)),
            });
        }

        return files.Count == 0 ? null : new JsonObject { ["name"] = "media", ["files"] = files };
    }
}
