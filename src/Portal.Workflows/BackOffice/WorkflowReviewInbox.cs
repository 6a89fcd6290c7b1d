using System.Security.Claims;
using Portal.Core.Content;
using Portal.Workflows.Publication;

namespace Portal.Workflows.BackOffice;

/// <summary>The content items of the person's inbox (the same rule as « À valider »: where they may act and have not yet acted).</summary>
internal sealed class WorkflowReviewInbox(WorkflowQueries queries) : IReviewInbox
{
    public async Task<IReadOnlySet<string>> WaitingForAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        (await queries.InboxAsync(StaffMembers.From(user), cancellationToken)).Select(e => e.Submission.ContentItemId).ToHashSet(StringComparer.Ordinal);
}
