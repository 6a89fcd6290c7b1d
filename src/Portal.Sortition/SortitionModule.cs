using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Cli;
using Portal.Sortition.Cli;
using Portal.Sortition.Public;
using Portal.Sortition.Storage;

namespace Portal.Sortition;

/// <summary>Verifiable stratified draws: storage, operator commands, the public draw page and its verification kit.</summary>
public static class SortitionModule
{
    public static IServiceCollection AddSortition(this IServiceCollection services)
    {
        services.AddModelContributor<SortitionModel>();
        services.AddContentType<Publication.PublicationTirage>(Publication.DrawPublication.ContentType);
        services.AddScoped<Publication.DrawPublication>();
        services.AddScoped<SortitionService>();
        services.AddScoped<Preparation.DrawPreparation>();
        services.AddSingleton<Preparation.PreparationSignal>();
        services.AddHostedService<Preparation.PreparationWorker>();
        services.AddScoped<Portal.Core.Public.IProcessLinkSource, Public.DrawLinkSource>();
        services.AddSingleton<ICliCommand, SortitionCommand>();
        return services;
    }

    public static IEndpointRouteBuilder MapSortition(this IEndpointRouteBuilder endpoints) => endpoints.MapKit();
}
