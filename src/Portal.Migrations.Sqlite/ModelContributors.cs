using Portal.Core.Data;
using Portal.Media;
using Portal.Processes.Indexes;
using Portal.Search.Queue;
using Portal.Site;
using Portal.Sortition.Storage;
using Portal.Workflows.Publication;

namespace Portal.Migrations;

/// <summary>The modules whose tables the migrations of both engines create; keep in step with the host's modules.</summary>
internal static class ModelContributors
{
    public static readonly IModelContributor[] All = [new ProcessesModel(), new SiteModel(), new SearchModel(), new SortitionModel(), new MediaModel(), new WorkflowsModel()];
}
