using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Portal.Core.Public;
using Portal.Core.Email;
using Portal.Core.Identity;
using Portal.Workflows.Definitions;

namespace Portal.Workflows.Publication;

/// <summary>
/// E-mails the people a completed transition concerns: the reviewers when a version reaches review, the
/// author when their submission is sent back, approved, published or unpublished. A failure is logged
/// (without addresses) and never undoes the action.
/// </summary>
internal sealed partial class EmailWorkflowNotifier(
    UserManager<PortalUser> users,
    IEmailSender email,
    PublicSite site,
    ILogger<EmailWorkflowNotifier> logger) : IWorkflowNotifier
{
    public async Task NotifyAsync(WorkflowEvent happened, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(happened);
        try
        {
            foreach (var (to, subject, body) in await MessagesAsync(happened))
            {
                await email.SendAsync(new EmailMessage(to, subject, body), cancellationToken);
            }
        }
#pragma warning disable CA1031 // A notification that cannot be sent must not turn a done action into an error page.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogFailed(logger, happened.Transition.Key, exception);
        }
    }

    private async Task<List<(string To, string Subject, string Body)>> MessagesAsync(WorkflowEvent happened)
    {
        var submission = happened.Submission;
        var state = happened.Workflow.State(submission.State).Label;
        var messages = new List<(string, string, string)>();
        if (happened.Reached == WorkflowPhase.Review)
        {
            var roles = happened.Workflow.Definition.Transitions.Where(t => t.From == submission.State).SelectMany(t => t.Roles).Distinct();
            var reviewers = new Dictionary<string, PortalUser>(StringComparer.OrdinalIgnoreCase);
            foreach (var role in roles)
            {
                foreach (var user in await users.GetUsersInRoleAsync(role))
                {
                    reviewers.TryAdd(user.UserName ?? user.Id, user);
                }
            }

            foreach (var reviewer in reviewers.Values.Where(u => u.Email is not null && !submission.IsSubmittedBy(u.UserName)))
            {
                messages.Add((reviewer.Email!, $"À examiner : {submission.DisplayText}",
                    $"Bonjour,\n\n« {submission.DisplayText} » (version {submission.Version}) est {state.ToLowerInvariant()} et attend votre examen.\n\n" +
                    $"Ouvrir la soumission : {Link($"/admin/validation/{submission.Id}")}\n"));
            }
        }
        else if (!submission.IsSubmittedBy(happened.Actor)
            && await users.FindByNameAsync(submission.SubmittedBy) is { Email: { } authorEmail })
        {
            var comment = happened.Comment is null ? string.Empty : $"\nCommentaire :\n{happened.Comment}\n";
            messages.Add((authorEmail, $"{happened.Transition.Label} : {submission.DisplayText}",
                $"Bonjour,\n\nVotre soumission « {submission.DisplayText} » (version {submission.Version}) est maintenant « {state} ».\n{comment}\n" +
                $"Ouvrir le contenu : {Link($"/admin/contenu/modifier?id={Uri.EscapeDataString(submission.ContentItemId)}")}\n"));
        }

        return messages;
    }

    /// <summary>An absolute link on the configured public address, never the request's (its Host header is the sender's choice).</summary>
    private string Link(string path) => site.Url(path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workflow notification for transition {Transition} could not be sent.")]
    private static partial void LogFailed(ILogger logger, string transition, Exception exception);
}
