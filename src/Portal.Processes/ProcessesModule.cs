using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Content;
using Portal.Core.Recipes;
using Portal.Core.Seo;
using Portal.Processes.Content;
using Portal.Processes.Indexes;
using Portal.Processes.Public;
using Portal.Processes.Recipes;

namespace Portal.Processes;

/// <summary>Participation processes and their CIPC sections: content types, index tables, recipe step, public pages.</summary>
public static class ProcessesModule
{
    public static IServiceCollection AddProcesses(this IServiceCollection services)
    {
        services.AddContentType<Demarche>("Demarche")
            .AddContentType<FicheIdentite>("FicheIdentite")
            .AddContentType<MandatParticipation>("MandatParticipation")
            .AddContentType<PanelComposition>("PanelComposition")
            .AddContentType<Intervenant>("Intervenant")
            .AddContentType<AvisCitoyens>("AvisCitoyens")
            .AddContentType<Proposition>("Proposition")
            .AddContentType<ReponseMotivee>("ReponseMotivee")
            .AddContentType<Suivi>("Suivi")
            .AddContentType<Evaluation>("Evaluation");
        services.AddModelContributor<ProcessesModel>();
        services.AddSingleton<IContentValidator, ProcessContentValidator>();
        services.AddScoped<IContentIndexHandler, ProcessIndexHandler>();
        services.AddScoped<IContentIndexHandler, PropositionIndexHandler>();
        services.AddScoped<IContentIndexHandler, ResponseIndexHandler>();
        services.AddScoped<IContentIndexHandler, FollowUpIndexHandler>();
        services.AddScoped<ProcessesRecipeStep>();
        services.AddScoped<IRecipeStepHandler>(sp => sp.GetRequiredService<ProcessesRecipeStep>());
        services.AddScoped<ISitemapSource, ProcessSitemapSource>();
        services.AddSingleton<PublicClock>();
        services.AddScoped<ProcessListQuery>();
        services.AddScoped<ProcessReader>();
        return services;
    }
}
