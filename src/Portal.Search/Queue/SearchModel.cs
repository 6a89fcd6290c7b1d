using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Search.Queue;

/// <summary>The search module's tables: the indexing queue, each node's progress, and how far the queue was pruned.</summary>
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
            e.HasIndex(t => t.CreatedUtc);
        });
        modelBuilder.Entity<SearchIndexNode>(e =>
        {
            e.ToTable("SearchIndexNode");
            e.HasKey(n => n.NodeId);
            e.Property(n => n.NodeId).HasMaxLength(64);
        });
        modelBuilder.Entity<SearchQueuePruning>(e =>
        {
            e.ToTable("SearchQueuePruning");
            e.HasKey(p => p.Id);
            e.Property(p => p.Id).ValueGeneratedNever();
            e.HasData(new SearchQueuePruning { Id = SearchQueuePruning.SingleId, PrunedThroughId = 0 });
        });
    }
}
