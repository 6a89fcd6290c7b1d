using Portal.Processes.Public;
using Portal.Sortition.Storage;

namespace Portal.Sortition.Public;

/// <summary>Under « Composition du panel », a link to the verifiable draw once one has been committed for the process.</summary>
internal sealed class DrawLinkSource(SortitionService draws) : IProcessLinkSource
{
    public async Task<IReadOnlyList<ProcessLink>> GetLinksAsync(string processSlug, CancellationToken cancellationToken)
    {
        var committed = await draws.HasPublicDrawAsync(processSlug, cancellationToken);
        return committed
            ? [new ProcessLink("panel", $"/demarches/{processSlug}/tirage", "Vérifier le tirage au sort : engagement publié, graine, kit de vérification")]
            : [];
    }
}
