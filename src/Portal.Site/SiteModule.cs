using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Core.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Content;
using Portal.Core.Recipes;
using Portal.Core.Public;
using Portal.Core.Seo;

namespace Portal.Site;

/// <summary>Free pages, error pages, sitemap and robots.txt.</summary>
public sealed class SiteModule : IPortalModule
{
    public string Name => "Site";

    public IModelContributor Model { get; } = new SiteModel();

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        services.AddContentType<FreePage>("Page", "page");
        services.AddFieldLabels(SiteFieldLabels.Labels, SiteFieldLabels.LongTexts);
        services.AddScoped<IContentIndexHandler, PageIndexHandler>();
        services.AddScoped<IRecipeStepHandler, PagesRecipeStep>();
        services.AddScoped<ISitemapSource, PageSitemapSource>();
        services.AddContentType<Accessibility.AccessibilityStatement>("DeclarationAccessibilite", "déclaration d'accessibilité");
        services.AddFieldLabels(Accessibility.AccessibilityFieldLabels.Set);
        services.AddSingleton<IContentValidator, Accessibility.AccessibilityStatementValidator>();
        services.AddScoped<Accessibility.AccessibilityStatements>();
        services.AddScoped<IRecipeStepHandler, Accessibility.AccessibilityRecipeStep>();
        services.AddFooterLinks<Accessibility.LegalFooterLinks>();
        services.AddScoped<Portal.Admin.Extensions.IAdminPanel, BackOffice.SitePagesPanel>();

        // A mistyped contact stops the start, in French, instead of publishing a useless security.txt.
        SecurityTxt.ContactUri(context.Configuration[$"{PortalOptions.Section}:{nameof(PortalOptions.SecurityContact)}"]);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapSitemap().MapSecurityTxt();
}

/// <summary>French error pages, for the host's middleware pipeline.</summary>
public static class SiteErrorPages
{

    /// <summary>Unknown addresses and errors get a French page with the right status code.</summary>
    public static IApplicationBuilder UseSiteErrorPages(this IApplicationBuilder app) =>
        app.UseStatusCodePagesWithReExecute("/erreur/{0}");
}
