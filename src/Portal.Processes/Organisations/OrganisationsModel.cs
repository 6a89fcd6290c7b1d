using Microsoft.EntityFrameworkCore;

namespace Portal.Processes.Organisations;

/// <summary>The organisations' tables: organisations, which one owns each process, their members and the invitations sent to join them.</summary>
internal static class OrganisationsModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Organisation>(e =>
        {
            e.ToTable("Organisations");
            e.Property(o => o.Slug).HasMaxLength(200);
            e.Property(o => o.Name).HasMaxLength(300);
            e.Property(o => o.Kind).HasConversion<string>().HasMaxLength(40);
            e.Property(o => o.Siret).HasMaxLength(14);
            e.Property(o => o.LogoMediaId).HasMaxLength(200);
            e.HasIndex(o => o.Slug).IsUnique();
        });
        modelBuilder.Entity<OrganisationProcess>(e =>
        {
            e.ToTable("OrganisationProcesses");
            e.HasKey(p => p.ProcessId);
            e.Property(p => p.ProcessId).HasMaxLength(200);
            e.HasIndex(p => p.OrganisationId);
            e.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<OrganisationMember>(e =>
        {
            e.ToTable("OrganisationMembers");
            e.Property(m => m.UserName).HasMaxLength(256);
            e.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(m => new { m.OrganisationId, m.UserName }).IsUnique();
            e.HasIndex(m => m.UserName);
            e.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<OrganisationInvitation>(e =>
        {
            e.ToTable("OrganisationInvitations");
            e.Property(i => i.Email).HasMaxLength(256);
            e.Property(i => i.Role).HasConversion<string>().HasMaxLength(20);
            e.Property(i => i.TokenHash).HasMaxLength(64);
            e.HasIndex(i => i.TokenHash).IsUnique();
            e.HasIndex(i => new { i.OrganisationId, i.Email });
            e.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
