using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Core.Data;
using Portal.Workflows.Lots;

namespace Portal.Workflows.Publication;

/// <summary>The workflow module's tables: submissions bound to versions, publication lots, and the actions taken on them.</summary>
public sealed class WorkflowsModel : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder, DatabaseEngine engine)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var active = engine == DatabaseEngine.PostgreSql ? "\"Active\" = TRUE" : "\"Active\" = 1";
        modelBuilder.Entity<WorkflowSubmission>(e =>
        {
            e.ToTable("WorkflowSubmissions");
            Record(e);
            e.Property(s => s.ContentItemId).HasMaxLength(200);
            e.Property(s => s.ContentType).HasMaxLength(100);
            e.Property(s => s.DisplayText).HasMaxLength(500);

            // The database guarantees one current workflow record per version, whoever submits at once.
            e.HasIndex(s => new { s.ContentItemId, s.Version }, "UX_WorkflowSubmissions_Active").IsUnique().HasFilter(active);
            e.HasIndex(s => new { s.Active, s.State });
            e.HasIndex(s => s.ScheduledUtc);
            e.HasIndex(s => s.LotId);
            e.HasOne<PublicationLot>().WithMany().HasForeignKey(s => s.LotId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<WorkflowAction>(e =>
        {
            e.ToTable("WorkflowActions");
            Step(e);

            // Nobody counts twice towards one quorum, even when clicking twice at once.
            e.HasIndex(a => new { a.SubmissionId, a.Round, a.Transition, a.Actor }).IsUnique();
            e.HasOne(a => a.Submission).WithMany().HasForeignKey(a => a.SubmissionId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<PublicationLot>(e =>
        {
            e.ToTable("PublicationLots");
            Record(e);
            e.Property(l => l.Name).HasMaxLength(200);
            e.Property(l => l.ClosedReason).HasMaxLength(1000);
            e.HasIndex(l => new { l.Active, l.State });
            e.HasIndex(l => l.ScheduledUtc);
        });
        modelBuilder.Entity<LotAction>(e =>
        {
            e.ToTable("LotActions");
            Step(e);
            e.HasIndex(a => new { a.LotId, a.Round, a.Transition, a.Actor }).IsUnique();
            e.HasOne(a => a.Lot).WithMany().HasForeignKey(a => a.LotId).OnDelete(DeleteBehavior.Restrict);
        });
        Notifications(modelBuilder);
        Committees(modelBuilder);
    }

    private static void Committees(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Committees.Committee>(e =>
        {
            e.ToTable("Committees");
            e.Property(c => c.ProcessId).HasMaxLength(200);
            e.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.Name).HasMaxLength(200);
            e.HasIndex(c => new { c.ProcessId, c.Kind }).IsUnique();
            e.HasMany(c => c.Seats).WithOne().HasForeignKey(s => s.CommitteeId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Committees.CommitteeSeat>(e =>
        {
            e.ToTable("CommitteeSeats");
            e.Property(s => s.UserName).HasMaxLength(256);
            e.Property(s => s.DisplayName).HasMaxLength(200);
            e.Property(s => s.Quality).HasMaxLength(300);
            // One seat per account and committee (members without an account are not limited).
            e.HasIndex(s => new { s.CommitteeId, s.UserName }).IsUnique();
        });
    }

    private static void Notifications(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Notifications.NotificationPreference>(e =>
        {
            e.ToTable("NotificationPreferences");
            e.HasKey(p => p.UserName);
            e.Property(p => p.UserName).HasMaxLength(256);
        });
        modelBuilder.Entity<Notifications.PendingNotification>(e =>
        {
            e.ToTable("PendingNotifications");
            e.Property(p => p.UserName).HasMaxLength(256);
            e.Property(p => p.Subject).HasMaxLength(500);
            e.HasIndex(p => p.UserName);
        });
    }

    private static void Record<T>(EntityTypeBuilder<T> e)
        where T : WorkflowRecord
    {
        e.Property(r => r.Workflow).HasMaxLength(100);
        e.Property(r => r.ProcessId).HasMaxLength(200);
        e.Property(r => r.State).HasMaxLength(100);
        e.Property(r => r.SubmittedBy).HasMaxLength(256);
        e.Property(r => r.ScheduledTransition).HasMaxLength(100);
        e.Property(r => r.ScheduledBy).HasMaxLength(256);
        e.Property(r => r.ConcurrencyStamp).HasMaxLength(64).IsConcurrencyToken();
    }

    private static void Step<T>(EntityTypeBuilder<T> e)
        where T : WorkflowStep
    {
        e.Property(a => a.Transition).HasMaxLength(100);
        e.Property(a => a.FromState).HasMaxLength(100);
        e.Property(a => a.ToState).HasMaxLength(100);
        e.Property(a => a.Actor).HasMaxLength(256);
        e.Property(a => a.Comment).HasMaxLength(4000);
    }
}
