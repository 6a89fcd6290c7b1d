using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Caching;
using Portal.Core.Content;
using Portal.Media;
using Portal.Media.Storage;
using Portal.News.Public;
using Portal.Processes.Public;

namespace Portal.News.Pages.Actualites;

/// <summary>One published news item, its image from the media library and the process it belongs to.</summary>
[OutputCache(PolicyName = PublicCache.PolicyName, Tags = new[] { PublicCache.ListsTag })]
public sealed class ItemModel(NewsReader reader, ContentStore store, MediaLibrary media) : PageModel
{
    public NewsItem Item { get; private set; } = null!;

    public PublishedProcess? Process { get; private set; }

    public MediaItem? Image { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var found = await reader.FindAsync(slug, cancellationToken);
        var version = found is null ? null : await store.GetPublishedAsync(found.Value.ContentItemId, cancellationToken);
        if (version is null)
        {
            return NotFound();
        }

        Item = store.Read<NewsItem>(version);
        Process = found!.Value.Process;
        if (Process is not null)
        {
            PublicCache.TagProcess(HttpContext, Process.Id);
        }

        // The news item's own alternative text says what the image shows here; the library's is the fallback.
        Image = Item.ImageId is { } id && await media.FindAsync(id, cancellationToken) is { Kind: MediaKind.Image } image ? image : null;
        if (Image is not null && !string.IsNullOrWhiteSpace(Item.ImageAlt))
        {
            Image.AltText = Item.ImageAlt;
        }

        return Page();
    }
}
