using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Core.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Cli;
using Portal.Core.Content;
using Portal.Sortition.Cli;
using Portal.Sortition.Public;
using Portal.Sortition.Storage;

namespace Portal.Sortition;

/// <summary>Verifiable stratified draws: storage, operator commands, the public draw page and its verification kit.</summary>
public sealed class SortitionModule : IPortalModule
{
    public string Name => "Tirage au sort";

    public IModelContributor Model { get; } = new SortitionModel();

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(SortitionPermissions.RunDraws, "Préparer, révéler et publier les tirages au sort", [PortalRoles.Administrator]),
    ];

    public IReadOnlyList<AdminMenuEntry> Menu { get; } =
    [
        new("Tirages au sort", "/admin/tirages", SortitionPermissions.RunDraws, 50),
    ];

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        services.AddContentType<Publication.PublishedDraw>(Publication.DrawPublication.ContentType, "publication du tirage au sort");
        services.AddFieldLabels(Publication.DrawFieldLabels.Labels, Publication.DrawFieldLabels.LongTexts);
        services.AddScoped<Publication.DrawPublication>();
        services.AddScoped<SortitionService>();
        services.AddScoped<Preparation.DrawPreparation>();
        services.AddSingleton<Preparation.PreparationSignal>();
        services.AddHostedService<Preparation.PreparationWorker>();
        services.AddScoped<Portal.Processes.Public.IProcessLinkSource, Public.DrawLinkSource>();
        services.AddSingleton<ICliCommand, SortitionCommand>();
        services.AddScoped<Portal.Core.Recipes.IRecipeStepHandler, Recipes.DrawsRecipeStep>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapKit();
}
