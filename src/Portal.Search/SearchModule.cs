using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Core.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Settings;
using Portal.Core.Cli;
using Portal.Core.Content;
using Portal.Search.Api;
using Portal.Search.Cli;
using Portal.Search.Indexing;
using Portal.Search.Queue;
using Portal.Search.Querying;
using Portal.Search.Thesaurus;

namespace Portal.Search;

/// <summary>Full-text search of published content: indexing queue, per-node Lucene index, page, API, export.</summary>
public sealed class SearchModule : IPortalModule
{
    /// <summary>This node's search index folder; defaults to <c>search</c> in the data folder. Relative paths are under the content root.</summary>
    public const string IndexPathKey = "Portal:Search:IndexPath";

    public string Name => "Recherche";

    public IModelContributor Model { get; } = new SearchModel();

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(SearchPermissions.ManageSearchIndex, "Reconstruire l'index de recherche", [PortalRoles.Administrator]),
    ];

    public IReadOnlyList<AdminMenuEntry> Menu { get; } =
    [
        new("Index de recherche", "/admin/recherche", SearchPermissions.ManageSearchIndex, 70, AdminMenuGroups.Settings),
        new("Thésaurus de la recherche", "/admin/recherche/thesaurus", SearchPermissions.ManageSearchIndex, 71, AdminMenuGroups.Settings),
    ];

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        services.AddScoped<IContentIndexHandler, SearchQueueHandler>();
        services.AddScoped<IProcessReindexRequests, SearchReindexRequests>();
        services.AddScoped<SearchDocumentBuilder>();
        // Each node keeps its own index: with a data folder shared by several nodes, each names its own folder.
        var indexPath = context.Configuration[IndexPathKey];
        services.AddSingleton(sp => new LuceneIndex(string.IsNullOrWhiteSpace(indexPath)
            ? Path.Combine(sp.GetRequiredService<PortalPaths>().DataPath, "search")
            : Path.GetFullPath(Path.Combine(context.ContentRootPath, indexPath))));
        services.AddSingleton(sp => new ThesaurusSource(sp.GetRequiredService<LuceneIndex>().Analyzer, sp.GetRequiredService<IServiceScopeFactory>(), sp.GetService<TimeProvider>()));
        services.AddSettingsSection<ThesaurusSettings>(ThesaurusSettings.Key);
        services.AddSingleton<SearchIndexer>();
        services.AddSingleton<SearchQueuePruner>();
        services.AddSingleton<SearchService>();
        services.AddSingleton<ICliCommand, SearchCliCommand>();
        services.AddHostedService<SearchIndexerService>();
        services.AddOpenApi("v1", openApi => openApi.AddDocumentTransformer((document, context, _) =>
        {
            // The documented server is the configured public address, not the Host header of whoever asked.
            document.Servers = [new Microsoft.OpenApi.OpenApiServer { Url = context.ApplicationServices.GetRequiredService<Portal.Core.Public.PublicSite>().Origin }];
            return Task.CompletedTask;
        }));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi("/openapi/{documentName}.json");
        endpoints.MapSearchApi();
    }
}
