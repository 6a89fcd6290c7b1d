using System.Security.Claims;

namespace Portal.Core.Content;

/// <summary>
/// Which items wait for this person's action in the validation workflow (to validate, send back or publish), in the
/// words of the module that owns the workflow; lets a content list offer « ce qui m'attend » without knowing workflows.
/// </summary>
public interface IReviewInbox
{
    Task<IReadOnlySet<string>> WaitingForAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}
