using Portal.Core.Recipes;
using Portal.Core.Settings;
using Portal.Core.Themes;

namespace Portal.Themes;

/// <summary>
/// Recipe step <c>theme</c>: <c>{ "name": "theme", "theme": "organisation", "identity": { "organisationName", "logo": { "url", "alt" },
/// "primaryColour", "accentColour", "headerLinks", "footerLinks", "contact": { "address", "email", "phone" } } }</c>.
/// The identity is checked as at save in the back office (colours' contrast included); left out, the current one stays.
/// </summary>
internal sealed class ThemeRecipeStep(SiteSettingsStore store, ThemeCatalogue catalogue) : IRecipeStepHandler
{
    public string Name => "theme";

    public Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Bind<Step>() is not { } step)
        {
            return Task.CompletedTask;
        }

        if (catalogue.Find(step.Theme) is null)
        {
            context.Error("theme", $"thème « {step.Theme} » inconnu (possibles : {string.Join(", ", catalogue.All.Select(t => t.Key))})");
        }

        foreach (var problem in step.Identity is null ? [] : IdentityRules.Problems(step.Identity))
        {
            context.Error("identity." + problem.Field, problem.Message);
        }

        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Bind<Step>() ?? throw new RecipeValidationException("theme");
        // A step without an identity only switches theme: the identity set before stays.
        var identity = step.Identity ?? (await store.GetAsync(cancellationToken)).Section<ThemeSettings>(ThemeSettings.Key).Identity;
        await store.SetSectionAsync(ThemeSettings.Key, new ThemeSettings { Theme = step.Theme, Identity = identity }, cancellationToken);
    }

    private sealed record Step(string Name, SiteIdentity? Identity = null, string Theme = ThemeSettings.DefaultKey);
}
