using Microsoft.EntityFrameworkCore;

namespace Portal.Core.Data;

/// <summary>A module's share of the database model (its index tables), applied by <see cref="PortalDbContext"/>.</summary>
public interface IModelContributor
{
    void Configure(ModelBuilder modelBuilder, DatabaseEngine engine);
}
