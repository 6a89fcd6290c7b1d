using Portal.Core.Content;
using Portal.Processes.Content;
using Portal.Processes.Recipes;

namespace Portal.Processes.BackOffice;

/// <summary>Stable ids of new items of a process (« …/proposition/P-3 ») and the back-office page of a process.</summary>
internal sealed class ProcessPlacement : IContentPlacement
{
    public string? NewItemId(object record, string? rootId, string? containerId) => record switch
    {
        Proposition p when rootId is not null => ProcessItemIds.Proposition(rootId, p.Code),
        Response when containerId is not null => ProcessItemIds.Response(containerId),
        Speaker s when rootId is not null => ProcessItemIds.Speaker(rootId, s.Name),
        _ => null,
    };

    public string? AdminPageOfRoot(string rootId) => $"/admin/demarches/{Uri.EscapeDataString(rootId)}";
}
