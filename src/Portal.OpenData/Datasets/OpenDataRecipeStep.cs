using Portal.Core.Recipes;
using Portal.Core.Settings;

namespace Portal.OpenData.Datasets;

/// <summary>Recipe step <c>openData</c>: <c>{ "name": "openData", "licence": "odbl" }</c> (or <c>etalab-2.0</c>, the default).</summary>
internal sealed class OpenDataRecipeStep(SiteSettingsStore store) : IRecipeStepHandler
{
    public string Name => "openData";

    public Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Bind<Step>() is { } step && OpenDataLicence.All.All(l => l.Key != step.Licence))
        {
            context.Error("licence", $"licence « {step.Licence} » inconnue (possibles : {string.Join(", ", OpenDataLicence.All.Select(l => l.Key))})");
        }

        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Bind<Step>() ?? throw new RecipeValidationException("openData");
        await store.SetSectionAsync(OpenDataSettings.Key, new OpenDataSettings { Licence = step.Licence }, cancellationToken);
    }

    private sealed record Step(string Name, string Licence);
}
