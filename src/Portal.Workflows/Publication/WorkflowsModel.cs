using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Workflows.Publication;

/// <summary>The workflow module's tables: submissions bound to versions, and the actions taken on them.</summary>
public sealed class WorkflowsModel : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder, DatabaseEngine engine)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var active = engine == DatabaseEngine.PostgreSql ? "\"Active\" = TRUE" : "\"Active\" = 1";
        modelBuilder.Entity<WorkflowSubmission>(e =>
        {
            e.ToTable("WorkflowSubmissions");
            e.Property(s => s.Workflow).HasMaxLength(100);
            e.Property(s => s.ContentItemId).HasMaxLength(200);
            e.Property(s => s.ContentType).HasMaxLength(100);
            e.Property(s => s.ProcessId).HasMaxLength(200);
            e.Property(s => s.DisplayText).HasMaxLength(500);
            e.Property(s => s.State).HasMaxLength(100);
            e.Property(s => s.SubmittedBy).HasMaxLength(256);
            e.Property(s => s.ScheduledTransition).HasMaxLength(100);
            e.Property(s => s.ScheduledBy).HasMaxLength(256);
            e.Property(s => s.ConcurrencyStamp).HasMaxLength(64).IsConcurrencyToken();

            // The database guarantees one current workflow record per version, whoever submits at once.
            e.HasIndex(s => new { s.ContentItemId, s.Version }, "UX_WorkflowSubmissions_Active").IsUnique().HasFilter(active);
            e.HasIndex(s => new { s.Active, s.State });
            e.HasIndex(s => s.ScheduledUtc);
        });
        modelBuilder.Entity<WorkflowAction>(e =>
        {
            e.ToTable("WorkflowActions");
            e.Property(a => a.Transition).HasMaxLength(100);
            e.Property(a => a.FromState).HasMaxLength(100);
            e.Property(a => a.ToState).HasMaxLength(100);
            e.Property(a => a.Actor).HasMaxLength(256);
            e.Property(a => a.Comment).HasMaxLength(4000);

            // Nobody counts twice towards one quorum, even when clicking twice at once.
            e.HasIndex(a => new { a.SubmissionId, a.Round, a.Transition, a.Actor }).IsUnique();
            e.HasOne(a => a.Submission).WithMany().HasForeignKey(a => a.SubmissionId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
