using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Portal.Core.Data;

namespace Portal.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite model with every module's tables.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PortalDbContext>()
                .UseSqlite("Data Source=design.db", s => s.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
                .Options,
            Portal.Modules.PortalModules.Models);
}
