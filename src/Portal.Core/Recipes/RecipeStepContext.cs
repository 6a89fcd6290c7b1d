using System.Text.Json;

namespace Portal.Core.Recipes;

/// <summary>A step as the handler sees it: its JSON, where it stands in its file, and the error sink.</summary>
public sealed class RecipeStepContext(string fileName, int index, string name, JsonElement step, List<RecipeError> errors)
{
    public string FileName => fileName;

    public int Index => index;

    public string Name => name;

    public JsonElement Step => step;

    /// <summary>The JSON path of the step inside its recipe, e.g. <c>$.steps[2]</c>.</summary>
    public string Path => $"$.steps[{index}]";

    /// <summary>Records an error at a path relative to the step (e.g. <c>processes[0].slug</c>).</summary>
    public void Error(string relativePath, string message)
    {
        var path = string.IsNullOrEmpty(relativePath) ? Path : $"{Path}.{relativePath.TrimStart('$', '.')}";
        errors.Add(new RecipeError(fileName, index, name, path, message));
    }

    /// <summary>Reads the step as a typed record; a shape error is recorded with its JSON path and gives null.</summary>
    public T? Bind<T>()
        where T : class
    {
        try
        {
            return step.Deserialize<T>(RecipeJson.Options);
        }
        catch (JsonException exception)
        {
            Error(exception.Path ?? string.Empty, RecipeJson.Describe(exception));
            return null;
        }
    }
}
