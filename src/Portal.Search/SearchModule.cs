using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Cli;
using Portal.Core.Content;
using Portal.Search.Api;
using Portal.Search.Cli;
using Portal.Search.Indexing;
using Portal.Search.Queue;
using Portal.Search.Querying;

namespace Portal.Search;

/// <summary>Full-text search of published content: indexing queue, per-node Lucene index, page, API, export.</summary>
public static class SearchModule
{
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddModelContributor<SearchModel>();
        services.AddScoped<IContentIndexHandler, SearchQueueHandler>();
        services.AddScoped<SearchDocumentBuilder>();
        services.AddSingleton(sp => new LuceneIndex(Path.Combine(sp.GetRequiredService<PortalPaths>().DataPath, "search")));
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
        return services;
    }

    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi("/openapi/{documentName}.json");
        return endpoints.MapSearchApi();
    }
}
