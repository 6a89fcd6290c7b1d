namespace Portal.Core.Recipes;

/// <summary>
/// One named recipe step, registered by the module that owns it. Every step of a recipe is
/// validated before any is executed, so an invalid recipe changes nothing.
/// </summary>
public interface IRecipeStepHandler
{
    string Name { get; }

    /// <summary>Reports problems through <see cref="RecipeStepContext.Error"/>; must not write anything.</summary>
    Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken);

    /// <summary>Applies the step; running it again with the same input must change nothing.</summary>
    Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken);
}
