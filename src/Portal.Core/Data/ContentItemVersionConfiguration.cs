using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Core.Content;

namespace Portal.Core.Data;

internal sealed class ContentItemVersionConfiguration(DatabaseEngine engine) : IEntityTypeConfiguration<ContentItemVersion>
{
    public void Configure(EntityTypeBuilder<ContentItemVersion> builder)
    {
        builder.ToTable("ContentItemVersions");
        builder.Property(v => v.ContentItemId).HasMaxLength(200);
        builder.Property(v => v.ContentType).HasMaxLength(100);
        builder.Property(v => v.ProcessId).HasMaxLength(200);
        builder.Property(v => v.ContainerId).HasMaxLength(200);
        builder.Property(v => v.DisplayText).HasMaxLength(500);
        builder.Property(v => v.Author).HasMaxLength(256);
        builder.Property(v => v.PublishedBy).HasMaxLength(256);
        builder.Property(v => v.ConcurrencyStamp).HasMaxLength(64).IsConcurrencyToken();
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        if (engine == DatabaseEngine.PostgreSql)
        {
            builder.Property(v => v.Data).HasColumnType("jsonb");
        }

        builder.HasIndex(v => new { v.ContentItemId, v.Version }).IsUnique();

        // The database, not the code, guarantees one latest and one published version per item.
        builder.HasIndex(v => v.ContentItemId, "UX_ContentItemVersions_Latest").IsUnique().HasFilter(BooleanFilter("Latest"));
        builder.HasIndex(v => v.ContentItemId, "UX_ContentItemVersions_Published").IsUnique().HasFilter(BooleanFilter("Published"));
        builder.HasIndex(v => new { v.ProcessId, v.Published });
        builder.HasIndex(v => new { v.ContentType, v.Latest });
    }

    private string BooleanFilter(string column) => engine == DatabaseEngine.PostgreSql
        ? $"\"{column}\" = TRUE"
        : $"\"{column}\" = 1";
}
