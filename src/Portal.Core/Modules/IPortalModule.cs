using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;

namespace Portal.Core.Modules;

/// <summary>
/// One capability of the portal, composed by the host from the single list of modules: its services
/// (recipe steps, index handlers, content types, labels included), its endpoints, its tables, the
/// operations it lets roles perform and its entries in the back-office menu.
/// </summary>
public interface IPortalModule
{
    /// <summary>The module's name in French, as the architecture note and the menu group show it.</summary>
    string Name { get; }

    void AddServices(IServiceCollection services, ModuleContext context);

    /// <summary>Minimal-API endpoints; Razor Pages of the module are found by the host without help.</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    /// <summary>The module's tables (index tables, queues, its own records), or null if it has none.</summary>
    IModelContributor? Model => null;

    /// <summary>What the module lets people do, with the roles that may do it on a new site.</summary>
    IReadOnlyList<PermissionDefinition> Permissions => [];

    /// <summary>Its rooms in the back office, shown to those who hold the entry's permission.</summary>
    IReadOnlyList<AdminMenuEntry> Menu => [];
}
