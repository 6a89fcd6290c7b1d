using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;

namespace Portal.Core.Recipes;

/// <summary>
/// Runs a recipe file: reads it, validates every step with its module's handler, then applies
/// all steps in one transaction. Any error rejects the recipe whole.
/// </summary>
public sealed partial class RecipeExecutor(
    PortalDbContext db,
    IEnumerable<IRecipeStepHandler> handlers,
    ILogger<RecipeExecutor> logger)
{
    public async Task ExecuteFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var fileName = Path.GetFileName(path);
        await using var stream = File.OpenRead(path);
        await ExecuteAsync(fileName, stream, cancellationToken);
    }

    public async Task ExecuteAsync(string fileName, Stream json, CancellationToken cancellationToken = default)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }, cancellationToken);
        }
        catch (JsonException exception)
        {
            throw new RecipeValidationException(
                [new RecipeError(fileName, -1, "-", exception.Path ?? "$", $"JSON illisible, ligne {exception.LineNumber + 1} : {RecipeJson.Describe(exception)}")]);
        }

        using (document)
        {
            var steps = await ValidateAsync(fileName, document.RootElement, cancellationToken);
            await ApplyAsync(fileName, steps, cancellationToken);
        }
    }

    private async Task<List<(IRecipeStepHandler Handler, RecipeStepContext Context)>> ValidateAsync(
        string fileName, JsonElement root, CancellationToken cancellationToken)
    {
        var errors = new List<RecipeError>();
        var steps = new List<(IRecipeStepHandler, RecipeStepContext)>();
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("steps", out var stepsElement) || stepsElement.ValueKind != JsonValueKind.Array)
        {
            throw new RecipeValidationException([new RecipeError(fileName, -1, "-", "$.steps", "une recette est un objet avec un tableau « steps »")]);
        }

        var index = 0;
        foreach (var step in stepsElement.EnumerateArray())
        {
            var name = step.ValueKind == JsonValueKind.Object && step.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String
                ? n.GetString()!
                : string.Empty;
            var context = new RecipeStepContext(fileName, index, name, step, errors);
            var handler = handlers.FirstOrDefault(h => h.Name == name);
            if (handler is null)
            {
                context.Error("name", $"étape inconnue « {name} » (connues : {string.Join(", ", handlers.Select(h => h.Name).Order(StringComparer.Ordinal))})");
            }
            else
            {
                await handler.ValidateAsync(context, cancellationToken);
                steps.Add((handler, context));
            }

            index++;
        }

        if (errors.Count > 0)
        {
            throw new RecipeValidationException(errors);
        }

        return steps;
    }

    private async Task ApplyAsync(string fileName, List<(IRecipeStepHandler Handler, RecipeStepContext Context)> steps, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var (handler, context) in steps)
            {
                await handler.ExecuteAsync(context, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        });
        LogApplied(logger, fileName, steps.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recipe {FileName} applied ({StepCount} steps).")]
    private static partial void LogApplied(ILogger logger, string fileName, int stepCount);
}
