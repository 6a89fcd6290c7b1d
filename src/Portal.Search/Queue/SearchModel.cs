using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Search.Queue;

/// <summary>The search module's table: the indexing queue.</summary>
public sealed class SearchModel : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder, DatabaseEngine engine)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<SearchIndexTask>(e =>
        {
            e.ToTable("SearchIndexTask");
            e.HasKey(t => t.Id);
            e.Property(t => t.Id).ValueGeneratedOnAdd();
            e.Property(t => t.ContentItemId).HasMaxLength(200);
            e.Property(t => t.ProcessId).HasMaxLength(200);
            e.Property(t => t.Kind).HasConversion<int>();
        });
    }
}
