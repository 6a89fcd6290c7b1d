using Portal.Core.Recipes;

namespace Portal.Workflows.Definitions;

/// <summary>Recipe step <c>workflows</c>: <c>{ "name": "workflows", "workflows": [ WorkflowDefinition… ] }</c>.</summary>
public sealed class WorkflowsRecipeStep(WorkflowStore store) : IRecipeStepHandler
{
    public string Name => "workflows";

    public async Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Bind<WorkflowsStep>();
        if (step is null)
        {
            return;
        }

        var roles = await store.KnownRolesAsync(cancellationToken);
        for (var i = 0; i < step.Workflows.Count; i++)
        {
            foreach (var (path, message) in WorkflowDefinitionValidator.Check(step.Workflows[i], roles))
            {
                context.Error($"workflows[{i}].{path}", message);
            }
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Bind<WorkflowsStep>() ?? throw new RecipeValidationException("workflows");
        foreach (var definition in step.Workflows)
        {
            var problems = await store.SaveAsync(definition, cancellationToken);
            if (problems.Count > 0)
            {
                throw new RecipeValidationException(string.Join(" ; ", problems.Select(p => p.Message)));
            }
        }
    }

    private sealed record WorkflowsStep(string Name, IReadOnlyList<WorkflowDefinition> Workflows);
}
