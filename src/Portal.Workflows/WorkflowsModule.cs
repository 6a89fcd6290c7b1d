using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Workflows.Definitions;

namespace Portal.Workflows;

/// <summary>Publication workflows as data: definitions, their validation and the recipe step that loads them.</summary>
public static class WorkflowsModule
{
    public static IServiceCollection AddWorkflows(this IServiceCollection services)
    {
        services.AddScoped<WorkflowStore>();
        services.AddScoped<IRecipeStepHandler, WorkflowsRecipeStep>();
        return services;
    }
}
