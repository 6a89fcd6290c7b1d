using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Recipes;

namespace Portal.News;

/// <summary>
/// The published news as a <c>news</c> recipe step: what <see cref="NewsRecipeStep"/> loads, field for field, so that a
/// site's news move to another site (or back) unchanged. As a part of a process's recipe, that process's news only.
/// </summary>
public sealed class NewsExport(PortalDbContext db, ContentStore store) : IProcessRecipePart
{
    public int Order => 10;

    public Task<NewsRecipeStep.NewsStep> ExportAsync(CancellationToken cancellationToken) => ExportAsync(null, cancellationToken);

    /// <summary>The published news, or those of one process.</summary>
    public async Task<NewsRecipeStep.NewsStep> ExportAsync(string? processId, CancellationToken cancellationToken)
    {
        var type = store.Types.NameOf<NewsItem>();
        var versions = await db.ContentItemVersions.AsNoTracking()
            .Where(v => v.ContentType == type && v.Published && (processId == null || v.ProcessId == processId))
            .OrderBy(v => v.ContentItemId).ToListAsync(cancellationToken);
        return new NewsRecipeStep.NewsStep("news", [.. versions.Select(v => new NewsRecipeStep.NewsEntry(
            v.ContentItemId.StartsWith(NewsRecipeStep.IdPrefix, StringComparison.Ordinal) ? v.ContentItemId[NewsRecipeStep.IdPrefix.Length..] : v.ContentItemId,
            store.Read<NewsItem>(v),
            v.ProcessId))]);
    }

    public async Task<JsonObject?> StepAsync(ProcessRecipeScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var step = await ExportAsync(scope.ProcessId, cancellationToken);
        return step.News.Count == 0 ? null : JsonSerializer.SerializeToNode(step, RecipeJson.Options)!.AsObject();
    }
}
