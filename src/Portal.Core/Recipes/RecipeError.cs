namespace Portal.Core.Recipes;

/// <summary>One problem found in a recipe, located by file, step and JSON path.</summary>
public sealed record RecipeError(string FileName, int StepIndex, string StepName, string JsonPath, string Message)
{
    public override string ToString() =>
        $"{FileName}, étape {StepIndex + 1} « {StepName} », {JsonPath} : {Message}";
}
