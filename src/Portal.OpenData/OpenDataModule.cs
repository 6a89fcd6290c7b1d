using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Core.Modules;
using Portal.Core.Public;
using Portal.Core.Recipes;
using Portal.Core.Settings;
using Portal.OpenData.Api;
using Portal.OpenData.Datasets;
using Portal.OpenData.Dossier;
using Portal.OpenData.Feeds;
using Portal.OpenData.Following;
using Portal.OpenData.Reading;

namespace Portal.OpenData;

/// <summary>
/// Everything published, reusable: the open-data page and files with their Table Schemas, the DCAT catalogue, the read
/// API, the Atom feeds. It reads only published content, through the Processes module's public surface.
/// </summary>
public sealed class OpenDataModule : IPortalModule
{
    /// <summary>Any site may read the files, the API and the feeds from a browser; none may do anything else.</summary>
    public const string CorsPolicy = "lecture-publique";

    public string Name => "Données ouvertes";

    /// <summary>The follows by e-mail (address, what it follows, frequency, consent date).</summary>
    public IModelContributor Model { get; } = new FollowingModel();

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(FollowPermissions.Manage, "Voir les nombres de suivis par e-mail et exporter les adresses pour une réquisition", [PortalRoles.Administrator]),
    ];

    public IReadOnlyList<AdminMenuEntry> Menu { get; } =
    [
        new("Suivis par e-mail", "/admin/abonnements", FollowPermissions.Manage, 70),
    ];

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        services.AddSettingsSection<OpenDataSettings>(OpenDataSettings.Key);
        services.AddScoped<IRecipeStepHandler, OpenDataRecipeStep>();
        services.AddScoped<PublishedContentReader>();
        services.AddScoped<DossierSources>();
        services.AddSingleton<DatasetList>();
        services.AddScoped<OpenDataFiles>();
        services.AddScoped<ProcessRecipe>();
        services.AddSingleton<IAlternateLinkSource, FeedLinks>();
        services.AddFooterLinks<OpenDataFooterLinks>();
        services.AddSingleton<Portal.Processes.Public.IProcessLinkSource, DossierLink>();
        services.AddSingleton<FollowLinks>();
        services.AddSingleton<Portal.Processes.Public.IProcessLinkSource>(provider => provider.GetRequiredService<FollowLinks>());
        services.AddSingleton<Portal.Processes.Public.IPropositionLinkSource>(provider => provider.GetRequiredService<FollowLinks>());
        services.AddSingleton<FollowTokens>();
        services.AddScoped<FollowRegistry>();
        services.AddScoped<FollowMail>();
        services.AddScoped<FollowDigest>();
        services.AddHostedService<FollowService>();
        services.AddCors(options => options.AddPolicy(CorsPolicy, policy => policy
            .AllowAnyOrigin().WithMethods("GET", "HEAD").AllowAnyHeader().WithExposedHeaders("ETag", "Link", "Content-Disposition")));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapDataFiles().MapReadApi().MapFeeds().MapDossier();
}
