using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Audit;
using Portal.Core.Content;
using Portal.Core.Identity;
using Portal.Core.Settings;

namespace Portal.Core.Data;

/// <summary>The portal's one database: content versions, settings, accounts and every module's index tables.</summary>
public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options, IEnumerable<IModelContributor> contributors)
    : IdentityDbContext<PortalUser, PortalRole, string>(options), IDataProtectionKeyContext
{
    /// <summary>The Data Protection key ring, shared by every node (cookies, antiforgery tokens).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<ContentItemVersion> ContentItemVersions => Set<ContentItemVersion>();

    public DbSet<SiteSetting> SiteSettings => Set<SiteSetting>();

    /// <summary>Which modules' tables the model holds: part of EF's model cache key (see <see cref="ModuleModelCacheKeyFactory"/>).</summary>
    internal string ModelKey { get; } = string.Join(',', contributors.Select(c => c.GetType().FullName).Order(StringComparer.Ordinal));

    public DatabaseEngine Engine => Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true
        ? DatabaseEngine.PostgreSql
        : DatabaseEngine.Sqlite;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        var engine = Engine;
        new ContentItemVersionConfiguration(engine).Configure(builder.Entity<ContentItemVersion>());
        new SiteSettingConfiguration().Configure(builder.Entity<SiteSetting>());
        new AuditEntryConfiguration().Configure(builder.Entity<AuditEntry>());
        builder.Entity<DataProtectionKey>().ToTable("DataProtectionKeys");
        foreach (var contributor in contributors)
        {
            contributor.Configure(builder, engine);
        }
    }
}
