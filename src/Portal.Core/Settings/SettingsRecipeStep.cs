using Portal.Core.Recipes;

namespace Portal.Core.Settings;

/// <summary>Recipe step <c>settings</c>: <c>{ "name": "settings", "site": { … } }</c>.</summary>
public sealed class SettingsRecipeStep(SiteSettingsStore store) : IRecipeStepHandler
{
    public string Name => "settings";

    public Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Bind<SettingsStep>();
        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Bind<SettingsStep>() ?? throw new RecipeValidationException("settings");
        await store.SetAsync(step.Site, cancellationToken);
    }

    private sealed record SettingsStep(string Name, SiteSettings Site);
}
