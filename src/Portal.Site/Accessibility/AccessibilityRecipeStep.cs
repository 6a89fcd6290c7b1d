using Portal.Core.Content;
using Portal.Core.Recipes;

namespace Portal.Site.Accessibility;

/// <summary>Recipe step <c>accessibility</c>: <c>{ "name": "accessibility", "publish": true, "statement": { … } }</c>.</summary>
public sealed class AccessibilityRecipeStep(ContentStore store) : IRecipeStepHandler
{
    public string Name => "accessibility";

    public Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Bind<Step>()?.Statement is { } statement)
        {
            AccessibilityRules.Check(statement, (path, message) => context.Error("statement." + path, message));
        }
        else
        {
            context.Error("statement", "la déclaration d'accessibilité manque");
        }

        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Bind<Step>() ?? throw new RecipeValidationException("accessibility");
        await store.UpsertAsync(new NewContentItem(step.Statement!, "recette") { ContentItemId = AccessibilityStatements.ItemId }, step.Publish, cancellationToken);
    }

    private sealed record Step(string Name, AccessibilityStatement? Statement, bool Publish = true);
}
