using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Content;
using Portal.Core.Recipes;
using Portal.Workflows.Definitions;
using Portal.Workflows.Publication;

namespace Portal.Workflows;

/// <summary>Publication workflows as data: definitions and their back-office editor (/admin/circuits), submissions bound to versions, scheduled publication, notifications.</summary>
public static class WorkflowsModule
{
    public static IServiceCollection AddWorkflows(this IServiceCollection services)
    {
        services.AddModelContributor<WorkflowsModel>();
        services.AddScoped<WorkflowStore>();
        services.AddScoped<Administration.WorkflowEditor>();
        services.AddScoped<IRecipeStepHandler, WorkflowsRecipeStep>();
        services.AddScoped<PublicationWorkflow>();
        services.AddScoped<WorkflowQueries>();
        services.AddScoped<IContentEditHandler, SubmissionWithdrawal>();
        services.AddHttpContextAccessor();
        services.AddScoped<IWorkflowNotifier, EmailWorkflowNotifier>();
        services.AddHostedService<ScheduledPublicationService>();
        return services;
    }
}
