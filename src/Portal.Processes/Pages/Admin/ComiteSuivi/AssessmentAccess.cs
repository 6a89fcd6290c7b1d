using System.Security.Claims;
using Portal.Processes.Public;

namespace Portal.Processes.Pages.Admin.ComiteSuivi;

/// <summary>
/// Who may write the follow-up committee's assessments of a process: administrators for any process, editors for the
/// processes they edit (their organisation's, see <see cref="Portal.Processes.Organisations.OrganisationDirectory.EditableByAsync"/>), a
/// member of a follow-up committee for the processes where they hold a seat, nobody else.
/// </summary>
public sealed class AssessmentAccess(IEnumerable<IFollowUpCommitteeSeats> seats, Portal.Processes.Organisations.OrganisationDirectory organisations)
{
    public async Task<Func<string, bool>> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var editable = await organisations.EditableByAsync(user, cancellationToken);
        var seated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in seats)
        {
            seated.UnionWith(await source.ProcessesOfAsync(user.Identity?.Name ?? string.Empty, cancellationToken));
        }

        return process => editable(process) || seated.Contains(process);
    }
}
