using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Identity;

namespace Portal.Processes.Organisations;

/// <summary>
/// Organisations as the owners of new processes: a site administrator may create one for any organisation or none; a
/// site-wide « Éditeur » as before (none, or one of their organisations); a person who edits only through memberships
/// creates processes for their organisations alone.
/// </summary>
internal sealed class OrganisationOwnership(PortalDbContext db, OrganisationDirectory directory, OrganisationStore store) : IProcessOwnership
{
    public async Task<NewProcessOwners> OwnersForAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var administrator = OrganisationAuthorization.HoldsSiteRole(user, PortalRoles.Administrator);
        var mine = (await directory.MembershipsAsync(user.Identity?.Name, cancellationToken)).Select(m => m.OrganisationId).ToHashSet();
        var owners = await db.Set<Organisation>().AsNoTracking().Where(o => administrator || mine.Contains(o.Id)).OrderBy(o => o.Name)
            .Select(o => new { o.Slug, o.Name }).ToListAsync(cancellationToken);
        return new NewProcessOwners([.. owners.Select(o => (o.Slug, o.Name))], administrator || OrganisationAuthorization.HoldsSiteRole(user, PortalRoles.Editor));
    }

    public async Task AssignAsync(string ownerKey, string processId, string actor, CancellationToken cancellationToken = default)
    {
        var organisation = await store.FindAsync(ownerKey, cancellationToken) ?? throw new InvalidOperationException($"Unknown organisation {ownerKey}.");
        await store.AssignAsync(organisation, processId, actor, cancellationToken);
    }
}
