using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Processes.Indexes;

/// <summary>The processes module's index tables.</summary>
public sealed class ProcessesModel : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder, DatabaseEngine engine)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        Organisations.OrganisationsModel.Configure(modelBuilder);
        modelBuilder.Entity<ProcessIndex>(e =>
        {
            e.ToTable("ProcessIndex");
            e.HasKey(p => p.ContentItemId);
            e.Property(p => p.ContentItemId).HasMaxLength(200);
            e.Property(p => p.Slug).HasMaxLength(200);
            e.Property(p => p.Title).HasMaxLength(500);
            e.Property(p => p.Organiser).HasMaxLength(300);
            e.Property(p => p.Territory).HasMaxLength(300);
            e.HasIndex(p => p.Slug).IsUnique();
            e.HasIndex(p => p.StartDate);
            e.HasIndex(p => p.Organiser);
            e.HasMany(p => p.Themes).WithOne().HasForeignKey(t => t.ProcessId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ProcessThemeIndex>(e =>
        {
            e.ToTable("ProcessThemeIndex");
            e.Property(t => t.ProcessId).HasMaxLength(200);
            e.Property(t => t.Theme).HasMaxLength(200);
            e.HasIndex(t => new { t.Theme, t.ProcessId });
        });
        modelBuilder.Entity<PropositionIndex>(e =>
        {
            e.ToTable("PropositionIndex");
            e.HasKey(p => p.ContentItemId);
            e.Property(p => p.ContentItemId).HasMaxLength(200);
            e.Property(p => p.ProcessId).HasMaxLength(200);
            e.Property(p => p.Code).HasMaxLength(50);
            e.Property(p => p.Title).HasMaxLength(500);
            e.Property(p => p.Theme).HasMaxLength(200);
            e.Property(p => p.Referral).HasMaxLength(100);
            e.HasIndex(p => new { p.ProcessId, p.Code }).IsUnique();
        });
        modelBuilder.Entity<ResponseIndex>(e =>
        {
            e.ToTable("ResponseIndex");
            e.HasKey(r => r.ContentItemId);
            e.Property(r => r.ContentItemId).HasMaxLength(200);
            e.Property(r => r.ProcessId).HasMaxLength(200);
            e.Property(r => r.PropositionId).HasMaxLength(200);
            e.Property(r => r.Decision).HasMaxLength(50);
            e.HasIndex(r => new { r.ProcessId, r.Decision });
            e.HasIndex(r => r.PropositionId);
        });
        modelBuilder.Entity<FollowUpIndex>(e =>
        {
            e.ToTable("FollowUpIndex");
            e.HasKey(f => f.ContentItemId);
            e.Property(f => f.ContentItemId).HasMaxLength(200);
            e.Property(f => f.ProcessId).HasMaxLength(200);
            e.Property(f => f.PropositionId).HasMaxLength(200);
            e.Property(f => f.Status).HasMaxLength(50);
            e.HasIndex(f => new { f.ProcessId, f.Status });
        });
        modelBuilder.Entity<ReferralIndex>(e =>
        {
            e.ToTable("ReferralIndex");
            e.Property(r => r.ProcessId).HasMaxLength(200);
            e.Property(r => r.Key).HasMaxLength(100);
            e.Property(r => r.Name).HasMaxLength(300);
            e.HasIndex(r => new { r.ProcessId, r.Key }).IsUnique();
        });
        modelBuilder.Entity<CommitmentIndex>(e =>
        {
            e.ToTable("CommitmentIndex");
            e.Property(c => c.ProcessId).HasMaxLength(200);
            e.Property(c => c.PropositionId).HasMaxLength(200);
            e.Property(c => c.ResponseId).HasMaxLength(200);
            e.Property(c => c.State).HasMaxLength(50);
            e.HasIndex(c => new { c.ResponseId, c.Rank }).IsUnique();
            e.HasIndex(c => c.ProcessId);
            e.HasIndex(c => c.PropositionId);
        });
        modelBuilder.Entity<CommitmentUpdateIndex>(e =>
        {
            e.ToTable("CommitmentUpdateIndex");
            e.Property(u => u.ProcessId).HasMaxLength(200);
            e.Property(u => u.PropositionId).HasMaxLength(200);
            e.Property(u => u.FollowUpId).HasMaxLength(200);
            e.Property(u => u.State).HasMaxLength(50);
            e.HasIndex(u => u.FollowUpId);
            e.HasIndex(u => u.ProcessId);
            e.HasIndex(u => u.PropositionId);
        });
    }
}
