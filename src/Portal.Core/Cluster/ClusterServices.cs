using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Caching;
using Portal.Core.Data;

namespace Portal.Core.Cluster;

/// <summary>What lets several nodes share one PostgreSQL database (all of it idle on SQLite).</summary>
public static class ClusterServices
{
    public static IServiceCollection AddPortalCluster(this IServiceCollection services)
    {
        services.AddSingleton<ClusterDatabase>();
        services.AddSingleton<ClusterLeader>();
        services.AddSingleton<ClusterEvictions>();
        services.AddSingleton<ContentChangeSignal>();
        services.AddHostedService<ClusterEvictionListener>();

        // Keys in the database, on both engines: a cookie or form token issued by one node is read by the others,
        // and survives a new container. The application name keeps them valid whatever folder a node runs from.
        services.AddDataProtection().SetApplicationName("Portal").PersistKeysToDbContext<PortalDbContext>();
        return services;
    }
}
