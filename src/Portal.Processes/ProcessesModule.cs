using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Admin.Extensions;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Core.Modules;
using Portal.Core.Recipes;
using Portal.Core.Seo;
using Portal.Core.Settings;
using Portal.Processes.Content;
using Portal.Processes.Indexes;
using Portal.Processes.Public;
using Portal.Processes.Recipes;

namespace Portal.Processes;

/// <summary>Participation processes and their CIPC sections: content types, index tables, recipe step, public pages, their back office and imports.</summary>
public sealed class ProcessesModule : IPortalModule
{
    public string Name => "Démarches";

    public IModelContributor Model { get; } = new ProcessesModel();

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(ProcessesPermissions.ManageVocabularies, "Modifier les vocabulaires des réponses et des suivis", [PortalRoles.Administrator]),
        new(ProcessesPermissions.WriteAssessments, "Rédiger les appréciations du comité de suivi (un membre du comité : pour sa démarche seulement)", [PortalRoles.Administrator, PortalRoles.Editor, PortalRoles.FollowUpCommittee]),
        new(ProcessesPermissions.ManageOrganisations, "Créer et modifier les organisations, leur rattacher des démarches", [PortalRoles.Administrator]),
        new(ProcessesPermissions.ManageOrganisationMembers, "Nommer les éditeurs et administrateurs d'une organisation (un administrateur d'organisation : la sienne seulement)", [PortalRoles.Administrator, PortalRoles.OrganisationAdministrator]),
    ];

    public IReadOnlyList<AdminMenuEntry> Menu { get; } =
    [
        new("Nouvelle démarche", "/admin/contenu/modifier?type=Demarche", Core.Identity.Permissions.EditContent, 10),
        new("Vocabulaires des réponses et des suivis", "/admin/vocabulaires", ProcessesPermissions.ManageVocabularies, 60, AdminMenuGroups.Settings),
        new("Appréciations du comité de suivi", "/admin/comite-de-suivi", ProcessesPermissions.WriteAssessments, 20, AdminMenuGroups.Review),
        new("Organisations", "/admin/organisations", ProcessesPermissions.ManageOrganisationMembers, 70, AdminMenuGroups.Settings),
    ];

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        services.AddContentType<Process>("Demarche", "démarche")
            .AddContentType<ProcessCharter>("FicheIdentite", "fiche d'identité")
            .AddContentType<Mandate>("MandatParticipation", "mandat de participation")
            .AddContentType<PanelComposition>("PanelComposition", "composition du panel")
            .AddContentType<Speaker>("Intervenant", "intervenant")
            .AddContentType<CitizensOpinion>("AvisCitoyens", "avis des citoyens")
            .AddContentType<Proposition>("Proposition", "proposition")
            .AddContentType<Response>("ReponseMotivee", "réponse motivée")
            .AddContentType<FollowUp>("Suivi", "suivi")
            .AddContentType<CommitteeAssessment>("AppreciationComiteSuivi", "appréciation du comité de suivi")
            .AddContentType<CommitteeScores>("NotesComiteSuivi", "notes du comité de suivi par thème")
            .AddContentType<Evaluation>("Evaluation", "évaluation")
            .AddContentType<DocumentItem>("DocumentDemarche", "document");
        services.AddFieldLabels(ProcessFieldLabels.Set);
        services.AddFieldLabels(ParticipationFieldLabels.Set);
        services.AddSingleton<IContentValidator, ProcessContentValidator>();
        services.AddScoped<IContentIndexHandler, ProcessIndexHandler>();
        services.AddScoped<IContentIndexHandler, PropositionIndexHandler>();
        services.AddScoped<IContentIndexHandler, ResponseIndexHandler>();
        services.AddScoped<IContentIndexHandler, FollowUpIndexHandler>();
        services.AddScoped<IContentIndexHandler, ReferralIndexHandler>();
        services.AddSettingsSection<ImpactVocabularies>(ImpactVocabularies.Key);
        services.AddScoped<IRecipeStepHandler, VocabulariesRecipeStep>();
        services.AddScoped<ProcessesRecipeStep>();
        services.AddScoped<IRecipeStepHandler>(sp => sp.GetRequiredService<ProcessesRecipeStep>());
        services.AddScoped<ProcessExport>();
        services.AddScoped<IProcessRecipePart>(sp => sp.GetRequiredService<ProcessExport>());
        services.AddScoped<ISitemapSource, ProcessSitemapSource>();
        services.AddSingleton<PublicClock>();
        services.AddScoped<ProcessListQuery>();
        services.AddScoped<ProcessReader>();
        services.AddScoped<DocumentLinks>();
        services.AddScoped<PropositionReader>();
        services.AddScoped<PropositionFacts>();
        services.AddScoped<PropositionHistory>();
        services.AddScoped<FollowUpTracking>();
        services.AddScoped<Pages.Admin.ComiteSuivi.AssessmentAccess>();
        services.AddScoped<ProcessDirectory>();
        AddOrganisations(services);
        services.AddScoped<Imports.PropositionImport>();
        services.AddScoped<Imports.AnswerImport>();
        services.AddScoped<Imports.ImportCommit>();
        services.AddSingleton<Imports.ImportUploads>();
        services.AddHostedService<Imports.ImportUploadsCleanup>();
        services.AddSingleton<IContentPlacement, BackOffice.ProcessPlacement>();
        services.AddScoped<IAdminPanel, BackOffice.ProcessListPanel>();
    }

    /// <summary>Organisations own processes; their members act on those processes alone (see <see cref="Organisations.OrganisationDirectory"/>).</summary>
    private static void AddOrganisations(IServiceCollection services)
    {
        services.AddScoped<Organisations.OrganisationStore>();
        services.AddScoped<Organisations.OrganisationDirectory>();
        services.AddScoped<Organisations.OrganisationInvitations>();
        services.AddScoped<IProcessOwnership, Organisations.OrganisationOwnership>();
        services.AddScoped<IRecipeStepHandler, Organisations.OrganisationsRecipeStep>();
        services.AddScoped<Core.Setup.IDataMigration, Organisations.OrganiserTextMigration>();
        services.AddScoped<Microsoft.AspNetCore.Authentication.IClaimsTransformation, Organisations.OrganisationRoleClaims>();
        services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, Organisations.OrganisationAuthorization>();
    }
}
