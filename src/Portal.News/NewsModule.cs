using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Admin.Extensions;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Core.Modules;
using Portal.Core.Public;
using Portal.Core.Recipes;
using Portal.Core.Seo;
using Portal.News.Public;

namespace Portal.News;

/// <summary>
/// News items (« actualités »): their content type and index table, the list and item pages, their blocks on the home page
/// and on a process's page, their entries in the feeds and the site map, their recipe step and their back-office lists.
/// </summary>
public sealed class NewsModule : IPortalModule
{
    public string Name => "Actualités";

    public IModelContributor Model { get; } = new NewsModel();

    public IReadOnlyList<AdminMenuEntry> Menu { get; } =
    [
        new("Nouvelle actualité", "/admin/contenu/modifier?type=Actualite", Permissions.EditContent, 15),
    ];

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        services.AddContentType<NewsItem>("Actualite", "actualité");
        services.AddFieldLabels(NewsFieldLabels.Set);
        services.AddSingleton<IContentValidator, NewsValidator>();
        services.AddScoped<IContentIndexHandler, NewsIndexHandler>();
        services.AddScoped<IRecipeStepHandler, NewsRecipeStep>();
        services.AddScoped<NewsExport>();
        services.AddScoped<IProcessRecipePart>(sp => sp.GetRequiredService<NewsExport>());
        services.AddScoped<NewsReader>();
        services.AddScoped<IPublicBlock, NewsBlocks>();
        services.AddScoped<IPublicationSource, NewsPublications>();
        services.AddScoped<ISitemapSource, NewsSitemapSource>();
        services.AddScoped<IAdminPanel, BackOffice.NewsAdminPanel>();
    }
}
