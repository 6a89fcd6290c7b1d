using System.Security.Claims;
using Portal.Core.Identity;
using Portal.Processes.Public;

namespace Portal.Processes.Pages.Admin.ComiteSuivi;

/// <summary>
/// Who may write the follow-up committee's assessments of a process: editors and administrators for any process, a
/// member of a follow-up committee for the processes where they hold a seat, nobody else.
/// </summary>
public sealed class AssessmentAccess(IEnumerable<IFollowUpCommitteeSeats> seats)
{
    public async Task<Func<string, bool>> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(PortalRoles.Editor) || user.IsInRole(PortalRoles.Administrator))
        {
            return _ => true;
        }

        var seated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in seats)
        {
            seated.UnionWith(await source.ProcessesOfAsync(user.Identity?.Name ?? string.Empty, cancellationToken));
        }

        return seated.Contains;
    }
}
