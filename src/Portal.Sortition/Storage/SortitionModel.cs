using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Sortition.Storage;

/// <summary>The sortition module's tables: draws, and volunteers' contact details kept in their own table.</summary>
public sealed class SortitionModel : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder, DatabaseEngine engine)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<SortitionDraw>(e =>
        {
            e.ToTable("SortitionDraws");
            e.HasKey(d => d.Id);
            e.Property(d => d.Id).HasMaxLength(32);
            e.Property(d => d.ProcessSlug).HasMaxLength(200);
            e.Property(d => d.Algorithm).HasMaxLength(100);
            e.Property(d => d.CommitmentHash).HasMaxLength(64);
            e.Property(d => d.SeedHex).HasMaxLength(64);
            e.Property(d => d.PublicRandomness).HasMaxLength(1000);
            e.Property(d => d.Method).HasConversion<string>().HasMaxLength(20);
            e.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(d => d.StatusMessage).HasMaxLength(1000);
            e.Property(d => d.RandomnessRule).HasMaxLength(1000);
            e.Ignore(d => d.IsDrawn);
            e.Ignore(d => d.IsCommitted);
            e.Property(d => d.Purpose).HasMaxLength(50);
            e.Property(d => d.RedrawReason).HasMaxLength(1000);
            e.Property(d => d.ClaimToken).HasMaxLength(32);

            // Compare-and-set: every update states the status and claim it read, so a run that lost its
            // claim (or a draw already committed by another run) is refused instead of overwritten.
            e.Property(d => d.Status).IsConcurrencyToken();
            e.Property(d => d.ClaimToken).IsConcurrencyToken();
            e.HasIndex(d => new { d.ProcessSlug, d.CommittedUtc });
            e.HasIndex(d => new { d.ProcessSlug, d.Purpose, d.Round }).IsUnique();
        });
        modelBuilder.Entity<VolunteerContact>(e =>
        {
            e.ToTable("SortitionVolunteerContacts");
            e.HasKey(c => new { c.DrawId, c.VolunteerId });
            e.Property(c => c.DrawId).HasMaxLength(32);
            e.Property(c => c.VolunteerId).HasMaxLength(20);
            e.HasOne<SortitionDraw>().WithMany().HasForeignKey(c => c.DrawId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
