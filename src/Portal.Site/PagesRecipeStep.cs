using Portal.Core.Content;
using Portal.Core.Recipes;
using Portal.Core.Text;

namespace Portal.Site;

/// <summary>Recipe step <c>pages</c>: <c>{ "name": "pages", "pages": [ { "id", "publish", "page": { … } } ] }</c>.</summary>
public sealed class PagesRecipeStep(ContentStore store) : IRecipeStepHandler
{
    public string Name => "pages";

    public Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Bind<PagesStep>();
        for (var i = 0; i < (step?.Pages.Count ?? 0); i++)
        {
            var entry = step!.Pages[i];
            if (!Slugs.Pattern().IsMatch(entry.Id))
            {
                context.Error($"pages[{i}].id", "l'identifiant ne contient que des minuscules sans accent, des chiffres et des tirets");
            }

            if (!Slugs.Pattern().IsMatch(entry.Page.Slug))
            {
                context.Error($"pages[{i}].page.slug", "l'adresse ne contient que des minuscules sans accent, des chiffres et des tirets");
            }

            if (string.IsNullOrWhiteSpace(entry.Page.Title))
            {
                context.Error($"pages[{i}].page.title", "le titre ne peut pas être vide");
            }
        }

        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Bind<PagesStep>() ?? throw new RecipeValidationException("pages");
        foreach (var entry in step.Pages)
        {
            await store.UpsertAsync(new NewContentItem(entry.Page, "recette") { ContentItemId = "page-" + entry.Id }, entry.Publish, cancellationToken);
        }
    }

    private sealed record PagesStep(string Name, IReadOnlyList<PageEntry> Pages);

    private sealed record PageEntry(string Id, FreePage Page, bool Publish = true);
}
