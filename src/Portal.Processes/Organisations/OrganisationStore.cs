using Microsoft.EntityFrameworkCore;
using Portal.Core.Audit;
using Portal.Core.Caching;
using Portal.Core.Content;
using Portal.Core.Data;

namespace Portal.Processes.Organisations;

/// <summary>
/// Organisations, the processes they own and their members: every change is audited under the organisation (who
/// did what, when), and the public pages that show an organisation are evicted once the change commits. A change of
/// owner or of address also rebuilds the search documents of the processes concerned (search filters by organisation).
/// </summary>
public sealed class OrganisationStore(PortalDbContext db, AuditTrail audit, PublicCacheEvictions evictions, IEnumerable<IProcessReindexRequests> reindex)
{
    public const string AuditType = "Organisation";

    public async Task<IReadOnlyList<Organisation>> AllAsync(CancellationToken cancellationToken = default) =>
        await db.Set<Organisation>().AsNoTracking().OrderBy(o => o.Name).ToListAsync(cancellationToken);

    public Task<Organisation?> FindAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Set<Organisation>().AsNoTracking().SingleOrDefaultAsync(o => o.Slug == slug, cancellationToken);

    /// <summary>Creates the organisation, or updates the one at <paramref name="slug"/>; refused with French messages when the input is wrong or the address taken.</summary>
    public async Task<OrganisationResult> SaveAsync(string? slug, OrganisationInput input, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = input.Problems().ToList();
        var existing = slug is null ? null : await db.Set<Organisation>().SingleOrDefaultAsync(o => o.Slug == slug, cancellationToken);
        if (slug is not null && existing is null)
        {
            return OrganisationResult.NotFound;
        }

        var newSlug = input.SlugOrDefault;
        if (problems.Count == 0 && newSlug != existing?.Slug && await db.Set<Organisation>().AnyAsync(o => o.Slug == newSlug, cancellationToken))
        {
            problems.Add((nameof(OrganisationInput.Slug), $"L'adresse « {newSlug} » est déjà celle d'une autre organisation."));
        }

        if (problems.Count > 0)
        {
            return new OrganisationResult(null, problems);
        }

        var organisation = existing ?? db.Add(new Organisation { Slug = newSlug, Name = input.Name!.Trim() }).Entity;
        if (existing is not null && existing.Slug != newSlug)
        {
            Reindex(await ProcessesOfAsync(existing.Id, cancellationToken));
        }

        organisation.Slug = newSlug;
        organisation.Name = input.Name!.Trim();
        organisation.Kind = input.Kind;
        organisation.Siret = CompanyNumbers.Normalise(input.Siret);
        organisation.LogoMediaId = string.IsNullOrWhiteSpace(input.LogoMediaId) ? null : input.LogoMediaId.Trim();
        await db.SaveChangesAsync(cancellationToken);
        await AuditAsync(actor, existing is null ? "organisation-creee" : "organisation-modifiee", organisation,
            $"« {organisation.Name} » ({OrganisationLabels.Of(organisation.Kind)}), page /organisations/{organisation.Slug}", cancellationToken);
        return new OrganisationResult(organisation, []);
    }

    /// <summary>The ids of the processes an organisation owns.</summary>
    public async Task<IReadOnlyList<string>> ProcessesOfAsync(long organisationId, CancellationToken cancellationToken = default) =>
        await db.Set<OrganisationProcess>().AsNoTracking().Where(p => p.OrganisationId == organisationId).Select(p => p.ProcessId).OrderBy(p => p).ToListAsync(cancellationToken);

    /// <summary>Makes the organisation the owner of a process (taking it from any other).</summary>
    public async Task AssignAsync(Organisation organisation, string processId, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var row = await db.Set<OrganisationProcess>().SingleOrDefaultAsync(p => p.ProcessId == processId, cancellationToken);
        if (row?.OrganisationId == organisation.Id)
        {
            return;
        }

        if (row is null)
        {
            db.Add(new OrganisationProcess { ProcessId = processId, OrganisationId = organisation.Id });
        }
        else
        {
            row.OrganisationId = organisation.Id;
        }

        Reindex([processId]);
        await db.SaveChangesAsync(cancellationToken);
        await AuditAsync(actor, "demarche-rattachee", organisation, $"démarche {processId}", cancellationToken, processId);
    }

    /// <summary>Takes a process from its organisation: it then follows the site-wide roles again.</summary>
    public async Task<bool> DetachAsync(Organisation organisation, string processId, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var removed = await db.Set<OrganisationProcess>().Where(p => p.ProcessId == processId && p.OrganisationId == organisation.Id).ExecuteDeleteAsync(cancellationToken);
        if (removed > 0)
        {
            Reindex([processId]);
            await db.SaveChangesAsync(cancellationToken);
            await AuditAsync(actor, "demarche-detachee", organisation, $"démarche {processId}", cancellationToken, processId);
        }

        return removed > 0;
    }

    public async Task<IReadOnlyList<OrganisationMember>> MembersOfAsync(long organisationId, CancellationToken cancellationToken = default) =>
        await db.Set<OrganisationMember>().AsNoTracking().Where(m => m.OrganisationId == organisationId).OrderBy(m => m.UserName).ToListAsync(cancellationToken);

    /// <summary>Gives a person a role in the organisation (changing the role of a member already there).</summary>
    public async Task SetMemberAsync(Organisation organisation, string userName, OrganisationRole role, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var name = userName.Trim().ToLowerInvariant();
        var member = await db.Set<OrganisationMember>().SingleOrDefaultAsync(m => m.OrganisationId == organisation.Id && m.UserName == name, cancellationToken);
        if (member?.Role == role)
        {
            return;
        }

        if (member is null)
        {
            member = db.Add(new OrganisationMember { OrganisationId = organisation.Id, UserName = name }).Entity;
        }

        member.Role = role;
        await db.SaveChangesAsync(cancellationToken);
        // The trail is never erased: it names the membership by its number, never the account's address.
        await AuditAsync(actor, "membre-ajoute", organisation, $"membre n° {member.Id} : {OrganisationLabels.Of(role)}", cancellationToken);
    }

    /// <summary>Takes a person out of the organisation: from their next request they no longer act on its processes.</summary>
    public async Task<bool> RemoveMemberAsync(Organisation organisation, long memberId, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var removed = await db.Set<OrganisationMember>().Where(m => m.Id == memberId && m.OrganisationId == organisation.Id).ExecuteDeleteAsync(cancellationToken);
        if (removed > 0)
        {
            await AuditAsync(actor, "membre-retire", organisation, $"membre n° {memberId}", cancellationToken);
        }

        return removed > 0;
    }

    /// <summary>The organisation's audited changes, newest first (the trail keeps them under its address).</summary>
    public async Task<IReadOnlyList<AuditEntry>> ChangesOfAsync(Organisation organisation, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return await db.Set<AuditEntry>().AsNoTracking().Where(e => e.ContentType == AuditType && e.ContentItemId == organisation.Slug)
            .OrderByDescending(e => e.Sequence).Take(count).ToListAsync(cancellationToken);
    }

    private void Reindex(IEnumerable<string> processIds)
    {
        var ids = processIds.ToList();
        foreach (var queue in reindex)
        {
            queue.Queue(db, ids);
        }
    }

    internal async Task AuditAsync(string actor, string action, Organisation organisation, string comment, CancellationToken cancellationToken, string? processId = null)
    {
        await audit.AppendAsync(actor, action, new AuditSubject(organisation.Slug, AuditType, 0), comment, cancellationToken);
        string[] tags = processId is null ? [PublicCache.ListsTag] : [PublicCache.ListsTag, PublicCache.ProcessTag(processId)];
        await evictions.AfterCommitAsync(db, tags, cancellationToken);
    }
}

/// <summary>The organisation saved, or the problems (field, French message) that kept it from being saved.</summary>
public sealed record OrganisationResult(Organisation? Organisation, IReadOnlyList<(string Field, string Message)> Problems)
{
    public static readonly OrganisationResult NotFound = new(null, []);

    public bool Succeeded => Organisation is not null;
}
