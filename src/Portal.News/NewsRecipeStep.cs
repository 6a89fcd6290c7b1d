using Portal.Core.Content;
using Portal.Core.Recipes;
using Portal.Core.Text;

namespace Portal.News;

/// <summary>
/// Recipe step <c>news</c>: <c>{ "name": "news", "news": [ { "id", "process", "publish", "item": { … } } ] }</c>. The
/// <c>process</c> is the id of the process the item belongs to (its COPIL reviews it), absent for the site's own news.
/// </summary>
public sealed class NewsRecipeStep(ContentStore store) : IRecipeStepHandler
{
    public const string IdPrefix = "actualite-";

    public string Name => "news";

    public Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var entries = context.Bind<NewsStep>()?.News ?? [];
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var path = $"news[{i}]";
            if (!Slugs.Pattern().IsMatch(entries[i].Id))
            {
                context.Error($"{path}.id", "l'identifiant ne contient que des minuscules sans accent, des chiffres et des tirets");
            }

            if (entries[i].Process is { } process && !Slugs.Pattern().IsMatch(process))
            {
                context.Error($"{path}.process", "l'identifiant de la démarche ne contient que des minuscules sans accent, des chiffres et des tirets");
            }

            NewsRules.Check(entries[i].Item, (field, message) => context.Error($"{path}.item.{field}", message));
            if (!slugs.Add(entries[i].Item.Slug))
            {
                context.Error($"{path}.item.slug", $"adresse « {entries[i].Item.Slug} » en double");
            }
        }

        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Bind<NewsStep>() ?? throw new RecipeValidationException("news");
        foreach (var entry in step.News)
        {
            var item = new NewContentItem(entry.Item, "recette") { ContentItemId = IdPrefix + entry.Id, ProcessId = entry.Process };
            await store.UpsertAsync(item, entry.Publish, cancellationToken);
        }
    }

    /// <summary>The step as recipes write it, and as <see cref="NewsExport"/> writes it back.</summary>
    public sealed record NewsStep(string Name, IReadOnlyList<NewsEntry> News);

    public sealed record NewsEntry(string Id, NewsItem Item, string? Process = null, bool Publish = true);
}
