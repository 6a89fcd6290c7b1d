using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Modules;
using Portal.Core.Public;
using Portal.Core.Recipes;
using Portal.Core.Settings;
using Portal.OpenData.Api;
using Portal.OpenData.Datasets;
using Portal.OpenData.Dossier;
using Portal.OpenData.Feeds;
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

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        services.AddSettingsSection<OpenDataSettings>(OpenDataSettings.Key);
        services.AddScoped<IRecipeStepHandler, OpenDataRecipeStep>();
        services.AddScoped<PublishedContentReader>();
        services.AddScoped<DossierSources>();
        services.AddSingleton<DatasetList>();
        services.AddScoped<OpenDataFiles>();
        services.AddSingleton<IAlternateLinkSource, FeedLinks>();
        services.AddFooterLinks<OpenDataFooterLinks>();
        services.AddSingleton<Portal.Processes.Public.IProcessLinkSource, DossierLink>();
        services.AddCors(options => options.AddPolicy(CorsPolicy, policy => policy
            .AllowAnyOrigin().WithMethods("GET", "HEAD").AllowAnyHeader().WithExposedHeaders("ETag", "Link", "Content-Disposition")));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapDataFiles().MapReadApi().MapFeeds().MapDossier();
}
