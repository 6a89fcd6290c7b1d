using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Workflows.BackOffice;
using Portal.Core.Identity;
using Portal.Core.Text;
using Portal.Workflows.Publication;

namespace Portal.Workflows.Pages.Admin.Validation;

/// <summary>
/// Takes one workflow action from a panel's form, then goes back to the page it came from with the outcome
/// in French. Who may do what is decided by the workflow definition, not by this page.
/// </summary>
[Authorize(Policy = Permissions.AccessBackOffice)]
public sealed class ActModel(PublicationWorkflow workflow) : PageModel
{
    public const string OutcomeKey = "circuit-message";
    public const string OutcomeKindKey = "circuit-ok";

    /// <summary>The form whose required comment was left empty (« transition:version »), for the panel's error summary to lead to it.</summary>
    public const string MissingCommentKey = "circuit-commentaire";

    public IActionResult OnGet() => Redirect("/admin/validation");

    public async Task<IActionResult> OnPostAsync(
        string id, int version, string transition, string stamp, string? comment, string? publishAt, string? returnUrl,
        [FromForm(Name = "champ")] Dictionary<string, string>? fields, CancellationToken cancellationToken)
    {
        var back = returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : "/admin/validation";
        WorkflowOutcome outcome;
        if (!TryParseParis(publishAt, out var at))
        {
            outcome = WorkflowOutcome.Refused("La date de publication n'est pas valide : choisissez un jour et une heure.");
        }
        else if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(transition) || string.IsNullOrEmpty(stamp))
        {
            outcome = WorkflowOutcome.Refused("Le formulaire est incomplet : rechargez la page.");
        }
        else if (string.IsNullOrWhiteSpace(comment) && (await workflow.DefinitionAsync(cancellationToken))?.Transition(transition) is { CommentRequired: true } needsComment)
        {
            // Refused here, with the field named, rather than by the workflow with a sentence alone.
            outcome = WorkflowOutcome.Refused($"« {needsComment.Label} » demande un commentaire : dites ce qui motive la décision.");
            TempData[MissingCommentKey] = $"{transition}:{version.ToString(CultureInfo.InvariantCulture)}";
        }
        else
        {
            outcome = await workflow.TakeAsync(
                new WorkflowRequest(id, version, transition, StaffMembers.From(User), stamp, comment, fields, at), cancellationToken);
        }

        TempData[OutcomeKey] = outcome.Message;
        TempData[OutcomeKindKey] = outcome.Succeeded;
        return LocalRedirect(back);
    }

    /// <summary>A <c>datetime-local</c> value is Paris time; empty means « now ».</summary>
    private static bool TryParseParis(string? value, out DateTimeOffset? at)
    {
        at = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (!DateTime.TryParseExact(value, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        if (French.Paris.IsInvalidTime(local))
        {
            // The hour skipped when clocks go forward.
            return false;
        }

        at = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), French.Paris), TimeSpan.Zero);
        return true;
    }
}
