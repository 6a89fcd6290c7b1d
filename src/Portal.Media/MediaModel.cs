using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Media;

/// <summary>The media library's table.</summary>
public sealed class MediaModel : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder, DatabaseEngine engine) =>
        modelBuilder.Entity<MediaItem>(e =>
        {
            e.ToTable("Media");
            e.HasKey(m => m.Id);
            e.Property(m => m.Id).HasMaxLength(32);
            e.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(m => m.Title).HasMaxLength(300);
            e.Property(m => m.AltText).HasMaxLength(500);
            e.Property(m => m.OriginalFileName).HasMaxLength(255);
            e.Property(m => m.ContentType).HasMaxLength(150);
            e.Property(m => m.Extension).HasMaxLength(10);
            e.Property(m => m.Sha256).HasMaxLength(64);
            e.Property(m => m.CreatedBy).HasMaxLength(256);
            e.HasIndex(m => m.CreatedUtc);
            e.HasIndex(m => m.Sha256);
        });
}
