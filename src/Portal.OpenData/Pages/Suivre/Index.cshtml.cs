using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Email;
using Portal.Core.Throttling;
using Portal.OpenData.Following;
using Portal.OpenData.Reading;

namespace Portal.OpenData.Pages.Suivre;

/// <summary>
/// « Suivre par e-mail » a published process, or one of its propositions (<c>?proposition=CODE</c>), without an account. The
/// answer to a valid address is always the same, whether it already follows or not: a confirmation message goes out in
/// every case, and nothing else is sent until its link is used.
/// </summary>
[Throttled(ThrottledForm.Follow)]
public sealed class IndexModel(PublishedContentReader reader, FollowRegistry registry, FollowMail mail, IEmailSender email) : PageModel
{
    public static readonly IReadOnlyList<(string Value, FollowFrequency Frequency)> Frequencies =
    [
        ("immediat", FollowFrequency.Immediate), ("quotidien", FollowFrequency.Daily), ("hebdomadaire", FollowFrequency.Weekly),
    ];

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string Frequence { get; set; } = "quotidien";

    public string Slug { get; private set; } = string.Empty;

    public string? Code { get; private set; }

    public string ProcessTitle { get; private set; } = string.Empty;

    /// <summary>« la démarche … » or « la proposition … ».</summary>
    public string Followed { get; private set; } = string.Empty;

    public string Back { get; private set; } = string.Empty;

    public bool Sent { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, string? proposition, CancellationToken cancellationToken) =>
        await FindAsync(slug, proposition, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(string slug, string? proposition, CancellationToken cancellationToken)
    {
        if (await FindAsync(slug, proposition, cancellationToken) is not { } target)
        {
            return NotFound();
        }

        var address = FollowRegistry.Normalise(Email);
        if (address is null)
        {
            ModelState.AddModelError(nameof(Email), "Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.");
        }

        var frequency = Frequencies.FirstOrDefault(f => f.Value == Frequence);
        if (frequency.Value is null)
        {
            ModelState.AddModelError(nameof(Frequence), "Choisissez la fréquence des messages.");
        }

        if (address is null || frequency.Value is null)
        {
            return Page();
        }

        var (subscription, token) = await registry.RequestAsync(address, target.ProcessId, target.PropositionId, frequency.Frequency, cancellationToken);
        await email.SendAsync(mail.Confirmation(subscription.Email, Followed, subscription.Frequency, token), cancellationToken);
        Sent = true;
        Email = null;
        return Page();
    }

    private async Task<(string ProcessId, string? PropositionId)?> FindAsync(string slug, string? code, CancellationToken cancellationToken)
    {
        if (await reader.ReadOneAsync(slug, cancellationToken) is not { } snapshot)
        {
            return null;
        }

        var process = snapshot.Processes[0];
        (Slug, ProcessTitle) = (process.Slug, process.Root.Content.Title);
        if (string.IsNullOrEmpty(code))
        {
            (Followed, Back) = ($"la démarche « {ProcessTitle} »", $"/demarches/{Slug}");
            return (process.Root.Id, null);
        }

        if (process.Propositions.FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase)) is not { } proposition)
        {
            return null;
        }

        Code = proposition.Code;
        (Followed, Back) = ($"la proposition {proposition.Code} « {proposition.Item.Content.Title} »", $"/demarches/{Slug}/propositions/{Uri.EscapeDataString(proposition.Code)}");
        return (process.Root.Id, proposition.Item.Id);
    }
}
