using Portal.Core.Recipes;

namespace Portal.Core.Settings;

/// <summary>Recipe step <c>settings</c>: <c>{ "name": "settings", "site": { … } }</c>.</summary>
public sealed class SettingsRecipeStep(SiteSettingsStore store) : IRecipeStepHandler
{
    public string Name => "settings";

    public Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Bind<SettingsStep>();
        if (step is null)
        {
            return Task.CompletedTask;
        }

        CheckVocabulary(context, "site.decisions", step.Site.Decisions);
        CheckVocabulary(context, "site.followUpStatuses", step.Site.FollowUpStatuses);
        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Bind<SettingsStep>() ?? throw new RecipeValidationException("settings");
        await store.SetAsync(step.Site, cancellationToken);
    }

    private static void CheckVocabulary(RecipeStepContext context, string path, IReadOnlyList<VocabularyTerm> terms)
    {
        if (terms.Count == 0)
        {
            context.Error(path, "le vocabulaire ne peut pas être vide");
        }

        for (var i = 0; i < terms.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(terms[i].Key) || string.IsNullOrWhiteSpace(terms[i].Label))
            {
                context.Error($"{path}[{i}]", "chaque terme a une clé et un libellé");
            }
        }

        foreach (var duplicate in terms.GroupBy(t => t.Key).Where(g => g.Count() > 1))
        {
            context.Error(path, $"clé en double « {duplicate.Key} »");
        }
    }

    private sealed record SettingsStep(string Name, SiteSettings Site);
}
