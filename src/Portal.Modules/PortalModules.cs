using Portal.Admin;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Media;
using Portal.News;
using Portal.OpenData;
using Portal.Processes;
using Portal.Search;
using Portal.Site;
using Portal.Sortition;
using Portal.Sortition.Fairness;
using Portal.Theme.Default;
using Portal.Theme.Dsfr;
using Portal.Themes;
using Portal.Workflows;

namespace Portal.Modules;

/// <summary>
/// Every module of the portal, in composition order. Adding a module is one line here (and its project
/// reference above): the host, the test host, the migrations and the permission table all read this list.
/// </summary>
public static class PortalModules
{
    public static IReadOnlyList<IPortalModule> All { get; } =
    [
        new AdminModule(),
        new ProcessesModule(),
        new SiteModule(),
        new WorkflowsModule(),
        new SearchModule(),
        new SortitionModule(),
        new FairnessModule(),
        new MediaModule(),
        new OpenDataModule(),
        new NewsModule(),

        // The public themes, the first one the fallback.
        new ThemesModule(DefaultTheme.Descriptor, DsfrTheme.Descriptor),
    ];

    /// <summary>The modules' tables, for the EF model of both engines.</summary>
    public static IReadOnlyList<IModelContributor> Models { get; } = [.. All.Select(m => m.Model).OfType<IModelContributor>()];
}
