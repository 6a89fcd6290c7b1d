using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Workflows.Definitions;

namespace Portal.Workflows;

/// <summary>Publication workflows as data: definitions, their validation, the recipe step that loads them and the back-office pages (/admin/circuits) that edit them.</summary>
public static class WorkflowsModule
{
    public static IServiceCollection AddWorkflows(this IServiceCollection services)
    {
        services.AddScoped<WorkflowStore>();
        services.AddScoped<Administration.WorkflowEditor>();
        services.AddScoped<IRecipeStepHandler, WorkflowsRecipeStep>();
        return services;
    }
}
