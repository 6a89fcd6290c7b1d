using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Processes.Organisations;

/// <summary>
/// Who may act for which process through an organisation. A process owned by an organisation that has members is
/// edited by those members alone (and the site's administrators); a process without an owner, or whose owner has no
/// member yet, keeps the site-wide « Éditeur » role: a site that never names members works as before.
/// </summary>
public sealed class OrganisationDirectory(PortalDbContext db)
{
    /// <summary>The organisations a person belongs to, with their role in each.</summary>
    public async Task<IReadOnlyList<(long OrganisationId, OrganisationRole Role)>> MembershipsAsync(string? userName, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(userName))
        {
            return [];
        }

        var name = userName.Trim().ToLowerInvariant();
        var rows = await db.Set<OrganisationMember>().AsNoTracking().Where(m => m.UserName == name)
            .Select(m => new { m.OrganisationId, m.Role }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.OrganisationId, r.Role))];
    }

    /// <summary>Whether this person manages the organisation's members: a site administrator, or one of its administrators.</summary>
    public async Task<bool> AdministersAsync(System.Security.Claims.ClaimsPrincipal user, long organisationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return OrganisationAuthorization.HoldsSiteRole(user, Core.Identity.PortalRoles.Administrator)
            || (await MembershipsAsync(user.Identity?.Name, cancellationToken)).Any(m => m.OrganisationId == organisationId && m.Role == OrganisationRole.Administrator);
    }

    /// <summary>
    /// The processes this person edits, as a test on a process id (null: the site's own content): every one for a site
    /// administrator; a process whose owner has members for those members; any other for the site-wide « Éditeur ».
    /// </summary>
    public async Task<Func<string?, bool>> EditableByAsync(System.Security.Claims.ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (OrganisationAuthorization.HoldsSiteRole(user, Core.Identity.PortalRoles.Administrator))
        {
            return _ => true;
        }

        var mine = (await MembershipsAsync(user.Identity?.Name, cancellationToken)).Select(m => m.OrganisationId).ToHashSet();
        var members = db.Set<OrganisationMember>();
        var closed = await db.Set<OrganisationProcess>().AsNoTracking().Where(p => members.Any(m => m.OrganisationId == p.OrganisationId))
            .ToDictionaryAsync(p => p.ProcessId, p => p.OrganisationId, StringComparer.Ordinal, cancellationToken);
        var siteEditor = OrganisationAuthorization.HoldsSiteRole(user, Core.Identity.PortalRoles.Editor);
        return processId => processId is not null && closed.TryGetValue(processId, out var owner) ? mine.Contains(owner) : siteEditor;
    }

    /// <summary>The organisation owning a process, or null.</summary>
    public Task<long?> OwnerOfAsync(string? processId, CancellationToken cancellationToken = default) =>
        processId is null
            ? Task.FromResult<long?>(null)
            : db.Set<OrganisationProcess>().AsNoTracking().Where(p => p.ProcessId == processId).Select(p => (long?)p.OrganisationId).SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// For each of these processes whose owner has members, the user names that edit it (its members, lower case);
    /// a process missing from the answer follows the site-wide roles.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> EditorsOfAsync(IEnumerable<string?> processIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(processIds);
        var ids = processIds.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<string, IReadOnlySet<string>>();
        }

        var rows = await (
            from p in db.Set<OrganisationProcess>().AsNoTracking()
            where ids.Contains(p.ProcessId)
            join m in db.Set<OrganisationMember>().AsNoTracking() on p.OrganisationId equals m.OrganisationId
            select new { p.ProcessId, m.UserName }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ProcessId).ToDictionary(
            g => g.Key, g => (IReadOnlySet<string>)g.Select(r => r.UserName).ToHashSet(StringComparer.OrdinalIgnoreCase), StringComparer.Ordinal);
    }

    /// <summary>Whether an organisation has this address.</summary>
    public Task<bool> ExistsAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Set<Organisation>().AsNoTracking().AnyAsync(o => o.Slug == slug, cancellationToken);

    /// <summary>The processes each organisation owns, by the organisation's address, for the public lists.</summary>
    public async Task<IReadOnlyList<string>> ProcessIdsOfSlugAsync(string slug, CancellationToken cancellationToken = default) =>
        await (
            from o in db.Set<Organisation>().AsNoTracking()
            where o.Slug == slug
            join p in db.Set<OrganisationProcess>().AsNoTracking() on o.Id equals p.OrganisationId
            select p.ProcessId).ToListAsync(cancellationToken);
}
