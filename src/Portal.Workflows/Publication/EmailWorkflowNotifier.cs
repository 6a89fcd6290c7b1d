using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Portal.Core.Content;
using Portal.Core.Identity;
using Portal.Core.Public;
using Portal.Workflows.Definitions;
using Portal.Workflows.Lots;

namespace Portal.Workflows.Publication;

/// <summary>
/// E-mails the people a completed transition concerns: the reviewers when a version or a lot reaches review (never
/// those who wrote or submitted it), the submitter when it is sent back, approved, published or unpublished by
/// someone else. A lot is one message per person, whatever its size. A failure is logged (without addresses) and
/// never undoes the action.
/// </summary>
internal sealed partial class EmailWorkflowNotifier(
    UserManager<PortalUser> users,
    Notifications.NotificationOutbox outbox,
    PublicSite site,
    VersionWriters writers,
    LotItems lots,
    Committees.ProcessCommittees committees,
    Portal.Processes.Organisations.OrganisationDirectory organisations,
    ILogger<EmailWorkflowNotifier> logger) : IWorkflowNotifier
{
    public Task NotifyAsync(WorkflowEvent happened, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(happened);
        var submission = happened.Submission;
        var subject = new Subject(
            submission.DisplayText,
            $"« {submission.DisplayText} » (version {submission.Version})",
            ("Ouvrir la soumission", $"/admin/validation/{submission.Id}"),
            ("Ouvrir le contenu", $"/admin/contenu/modifier?id={Uri.EscapeDataString(submission.ContentItemId)}"));
        return SendAsync(happened.Workflow, submission, happened.Transition, happened.Actor, happened.Comment, happened.Reached, subject,
            ct => writers.OfAsync(submission.ContentItemId, submission.Version, ct), cancellationToken);
    }

    public Task NotifyLotAsync(LotEvent happened, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(happened);
        var lot = happened.Lot;
        var subject = new Subject($"lot « {lot.Name} »", $"le lot « {lot.Name} » ({lot.ItemCount} élément(s))", ("Ouvrir le lot", $"/admin/lots/{lot.Id}"), ("Ouvrir le lot", $"/admin/lots/{lot.Id}"));
        return SendAsync(happened.Workflow, lot, happened.Transition, happened.Actor, happened.Comment, happened.Reached, subject,
            ct => lots.WritersAsync(lot.Id, ct), cancellationToken);
    }

    private async Task SendAsync(
        Workflow workflow, WorkflowRecord record, WorkflowTransition transition, string actor, string? comment, WorkflowPhase reached, Subject subject,
        Func<CancellationToken, Task<IReadOnlySet<string>>> writersOf, CancellationToken cancellationToken)
    {
        try
        {
            var state = workflow.State(record.State).Label;
            var messages = reached == WorkflowPhase.Review
                ? await ToReviewersAsync(workflow, record, actor, state, subject, await writersOf(cancellationToken))
                : await ToSubmitterAsync(record, transition, actor, comment, state, subject);
            foreach (var (to, title, body) in messages)
            {
                await outbox.DeliverAsync(to, title, body, cancellationToken);
            }
        }
#pragma warning disable CA1031 // A notification that cannot be sent must not turn a done action into an error page.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogFailed(logger, transition.Key, exception);
        }
    }

    private async Task<List<(PortalUser, string, string)>> ToReviewersAsync(
        Workflow workflow, WorkflowRecord record, string actor, string state, Subject subject, IReadOnlySet<string> writtenBy)
    {
        var roles = workflow.Definition.Transitions.Where(t => t.From == record.State).SelectMany(t => t.Roles).ToHashSet(StringComparer.Ordinal);
        var holders = new Dictionary<string, (PortalUser User, HashSet<string> Roles)>(StringComparer.OrdinalIgnoreCase);
        foreach (var role in roles)
        {
            foreach (var user in await users.GetUsersInRoleAsync(role))
            {
                HolderOf(holders, user).Roles.Add(role);
            }
        }

        // The process's organisation members edit it whatever their site-wide roles (CopilScope.For gives them « Éditeur »).
        var scope = await committees.ScopeAsync([record.ProcessId]);
        foreach (var name in (await organisations.EditorsOfAsync([record.ProcessId])).GetValueOrDefault(record.ProcessId ?? string.Empty) ?? new HashSet<string>())
        {
            if (await users.FindByNameAsync(name) is { } member)
            {
                HolderOf(holders, member);
            }
        }

        // Each person's roles for this process: the COPIL role only from a seat on its own COPIL (when it has one),
        // « Éditeur » only for its organisation's members (when it has some), never for other organisations'.
        var reviewers = holders.Values.Where(h => scope.For(new StaffMember(h.User.UserName ?? string.Empty, [.. h.Roles]), record.ProcessId).Roles.Any(roles.Contains))
            .Select(h => h.User);

        // Those who wrote or submitted it cannot review it, and nobody is told about their own action.
        return [.. reviewers
            .Where(u => u.Email is not null && !record.IsSubmittedBy(u.UserName) && !writtenBy.Contains(u.UserName ?? string.Empty)
                && !string.Equals(u.UserName, actor, StringComparison.OrdinalIgnoreCase))
            .Select(u => (u, $"À examiner : {subject.Title}",
                $"Bonjour,\n\n{Capitalized(subject.Phrase)} est {state.ToLowerInvariant()} et attend votre examen.\n\n{subject.Review.Label} : {site.Url(subject.Review.Path)}\n"))];
    }

    private async Task<List<(PortalUser, string, string)>> ToSubmitterAsync(
        WorkflowRecord record, WorkflowTransition transition, string actor, string? comment, string state, Subject subject)
    {
        if (record.IsSubmittedBy(actor) || await users.FindByNameAsync(record.SubmittedBy) is not { Email: not null } author)
        {
            return [];
        }

        var said = comment is null ? string.Empty : $"\nCommentaire :\n{comment}\n";
        return [(author, $"{transition.Label} : {subject.Title}",
            $"Bonjour,\n\nVotre soumission {subject.Phrase} est maintenant « {state} ».\n{said}\n{subject.Owner.Label} : {site.Url(subject.Owner.Path)}\n")];
    }

    private static (PortalUser User, HashSet<string> Roles) HolderOf(Dictionary<string, (PortalUser User, HashSet<string> Roles)> holders, PortalUser user)
    {
        var key = user.UserName ?? user.Id;
        if (!holders.TryGetValue(key, out var holder))
        {
            holders[key] = holder = (user, new HashSet<string>(StringComparer.Ordinal));
        }

        return holder;
    }

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>What a message is about, and the back-office pages for its reviewers and its submitter.</summary>
    private sealed record Subject(string Title, string Phrase, (string Label, string Path) Review, (string Label, string Path) Owner);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workflow notification for transition {Transition} could not be sent.")]
    private static partial void LogFailed(ILogger logger, string transition, Exception exception);
}
