using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Content;
using Portal.Core.Recipes;
using Portal.Core.Seo;

namespace Portal.Site;

/// <summary>Free pages, error pages, sitemap and robots.txt.</summary>
public static class SiteModule
{
    public static IServiceCollection AddSite(this IServiceCollection services)
    {
        services.AddContentType<FreePage>("Page");
        services.AddModelContributor<SiteModel>();
        services.AddScoped<IContentIndexHandler, PageIndexHandler>();
        services.AddScoped<IRecipeStepHandler, PagesRecipeStep>();
        services.AddScoped<ISitemapSource, PageSitemapSource>();
        return services;
    }

    public static IEndpointRouteBuilder MapSite(this IEndpointRouteBuilder endpoints) => endpoints.MapSitemap();

    /// <summary>Unknown addresses and errors get a French page with the right status code.</summary>
    public static IApplicationBuilder UseSiteErrorPages(this IApplicationBuilder app) =>
        app.UseStatusCodePagesWithReExecute("/erreur/{0}");
}
