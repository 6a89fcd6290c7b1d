namespace Portal.Core.Recipes;

/// <summary>Thrown when a recipe is rejected; nothing of it was applied.</summary>
public sealed class RecipeValidationException : Exception
{
    public RecipeValidationException()
        : this([])
    {
    }

    public RecipeValidationException(string message)
        : base(message)
    {
        Errors = [];
    }

    public RecipeValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public RecipeValidationException(IReadOnlyList<RecipeError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<RecipeError> Errors { get; }

    private static string Describe(IReadOnlyList<RecipeError> errors) =>
        errors.Count == 0
            ? "Recette invalide."
            : "Recette invalide, rien n'a été appliqué :" + Environment.NewLine
                + string.Join(Environment.NewLine, errors.Select(e => "- " + e));
}
