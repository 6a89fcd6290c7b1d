using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Portal.Core.Data;

/// <summary>
/// EF Core caches one model per context type; the portal's model depends on which modules are
/// composed, so two hosts with different modules in one process (tests, tools) must not share it.
/// </summary>
internal sealed class ModuleModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is PortalDbContext portal
            ? (context.GetType(), portal.ModelKey, designTime)
            : (object)(context.GetType(), designTime);
}
