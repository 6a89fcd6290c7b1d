using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.OpenData.Following;

/// <summary>The follows' table.</summary>
public sealed class FollowingModel : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder, DatabaseEngine engine) =>
        modelBuilder.Entity<FollowSubscription>(e =>
        {
            e.ToTable("FollowSubscriptions");
            e.HasKey(s => s.Id);
            e.Property(s => s.Email).HasMaxLength(320);
            e.Property(s => s.ProcessId).HasMaxLength(200);
            e.Property(s => s.PropositionId).HasMaxLength(300);
            e.Property(s => s.Frequency).HasConversion<string>().HasMaxLength(20);
            e.Property(s => s.ConfirmationHash).HasMaxLength(64);
            e.HasIndex(s => s.ConfirmationHash);
            e.HasIndex(s => new { s.Email, s.ProcessId, s.PropositionId });
            e.HasIndex(s => s.UnsubscribedUtc);
        });
}
