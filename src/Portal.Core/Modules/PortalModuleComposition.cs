using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Modules;

/// <summary>Composes the list of modules: services, tables, permissions as policies, menu, endpoints.</summary>
public static class PortalModuleComposition
{
    public static IServiceCollection AddPortalModules(this IServiceCollection services, IReadOnlyList<IPortalModule> modules, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(modules);
        var catalogue = new ModuleCatalogue(modules);
        services.AddSingleton(catalogue);
        foreach (var module in modules)
        {
            module.AddServices(services, context);
            if (module.Model is { } model)
            {
                services.AddSingleton<Data.IModelContributor>(model);
            }
        }

        var authorization = services.AddAuthorizationBuilder();
        foreach (var permission in catalogue.Permissions)
        {
            authorization.AddPolicy(permission.Name, policy => policy.RequireAuthenticatedUser().RequireRole(permission.Roles));
        }

        return services;
    }

    public static IEndpointRouteBuilder MapPortalModules(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        foreach (var module in endpoints.ServiceProvider.GetRequiredService<ModuleCatalogue>().Modules)
        {
            module.MapEndpoints(endpoints);
        }

        return endpoints;
    }
}
