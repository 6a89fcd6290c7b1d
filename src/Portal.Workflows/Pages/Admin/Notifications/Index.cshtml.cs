using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Identity;
using Portal.Workflows.Notifications;

namespace Portal.Workflows.Pages.Admin.Notifications;

/// <summary>Each staff member chooses how the workflow's e-mails reach them: one per event, or one summary each morning.</summary>
[Authorize(Policy = Permissions.AccessBackOffice)]
public sealed class IndexModel(NotificationOutbox outbox) : PageModel
{
    /// <summary>« immediat » or « quotidien ».</summary>
    [BindProperty(Name = "frequence")]
    public string Frequency { get; set; } = "immediat";

    public int Pending { get; private set; }

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Frequency = await outbox.WantsDigestAsync(User.Identity!.Name!, cancellationToken) ? "quotidien" : "immediat";
        Pending = await outbox.PendingCountAsync(User.Identity!.Name!, cancellationToken);
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        var digest = Frequency == "quotidien";
        await outbox.SetDigestAsync(User.Identity!.Name!, digest, cancellationToken);
        Message = digest
            ? "Enregistré : vous recevrez un résumé chaque matin vers 7 h."
            : "Enregistré : vous recevrez un message à chaque décision qui vous concerne.";
        Pending = await outbox.PendingCountAsync(User.Identity!.Name!, cancellationToken);
    }
}
