using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Admin.Extensions;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Core.Modules;
using Portal.Core.Recipes;
using Portal.Workflows.Definitions;
using Portal.Workflows.Publication;

namespace Portal.Workflows;

/// <summary>Publication workflows as data: definitions and their editor (/admin/circuits), submissions bound to versions, the reviewers' inbox and review pages, the validation panel of every item, scheduled publication, notifications.</summary>
public sealed class WorkflowsModule : IPortalModule
{
    public string Name => "Circuits de validation";

    public IModelContributor Model { get; } = new WorkflowsModel();

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(WorkflowPermissions.ManageWorkflows, "Modifier les circuits de validation (quorum, rôles)", [PortalRoles.Administrator]),
        new(WorkflowPermissions.ManageCommittees, "Composer le COPIL et le comité de suivi de chaque démarche (un administrateur d'organisation : celles de son organisation)", [PortalRoles.Administrator, PortalRoles.OrganisationAdministrator]),
    ];

    public IReadOnlyList<AdminMenuEntry> Menu { get; } =
    [
        new("À valider", "/admin/validation", Core.Identity.Permissions.AccessBackOffice, 5, AdminMenuGroups.Review),
        new("Tableau de bord de la validation", "/admin/validation/tableau-de-bord", Core.Identity.Permissions.AccessBackOffice, 7, AdminMenuGroups.Review),
        new("Lots de publication", "/admin/lots", Core.Identity.Permissions.AccessBackOffice, 6, AdminMenuGroups.Review),
        new("Mes notifications", "/admin/notifications", Core.Identity.Permissions.AccessBackOffice, 90, AdminMenuGroups.Account),
        new("Circuits de validation", "/admin/circuits", WorkflowPermissions.ManageWorkflows, 60, AdminMenuGroups.Settings),
    ];

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        services.AddScoped<WorkflowStore>();
        services.AddScoped<Administration.WorkflowEditor>();
        services.AddScoped<IRecipeStepHandler, WorkflowsRecipeStep>();
        services.AddScoped<Committees.ProcessCommittees>();
        services.AddScoped<IRecipeStepHandler, Committees.CommitteesRecipeStep>();
        services.AddScoped<IProcessRecipePart, Committees.CommitteesExport>();
        services.AddScoped<Portal.Processes.Public.IProcessGovernanceSource, Committees.CommitteeGovernanceSource>();
        services.AddScoped<Portal.Processes.Public.IFollowUpCommitteeSeats, Committees.FollowUpCommitteeSeats>();
        services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, Committees.CommitteeAuthorization>();
        services.AddScoped<PublicationWorkflow>();
        services.AddScoped<WorkflowQueries>();
        services.AddScoped<BackOffice.WaitingBoard>();
        services.AddScoped<IContentEditHandler, SubmissionWithdrawal>();
        services.AddScoped<IReviewStates, BackOffice.WorkflowReviewStates>();
        services.AddScoped<IReviewInbox, BackOffice.WorkflowReviewInbox>();
        services.AddHttpContextAccessor();
        services.AddScoped<IWorkflowNotifier, EmailWorkflowNotifier>();
        services.AddScoped<Lots.LotItems>();
        services.AddScoped<Lots.LotWorkflow>();
        services.AddScoped<Lots.LotQueries>();
        services.AddScoped<Notifications.NotificationOutbox>();
        services.AddScoped<Notifications.DailyDigest>();
        services.AddHostedService<Notifications.DailyDigestService>();
        services.AddHostedService<ScheduledPublicationService>();
        services.AddScoped<IAdminPanel, BackOffice.WorkflowAdminPanels>();
        services.AddScoped<IAdminPanel, BackOffice.CommitteesAdminPanel>();
    }
}
