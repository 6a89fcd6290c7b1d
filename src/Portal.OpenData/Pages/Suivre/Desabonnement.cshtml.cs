using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.OpenData.Following;

namespace Portal.OpenData.Pages.Suivre;

/// <summary>
/// Unsubscription in one click: the link of every message shows a button, and the same address takes the POST that mail
/// programs send on their own (RFC 8058, <c>List-Unsubscribe=One-Click</c>), without cookie nor form token, hence no
/// antiforgery check (the sealed token in the address is the proof). Every token gets the same answer.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class DesabonnementModel(FollowRegistry registry, FollowTokens tokens) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Jeton { get; set; }

    public bool Done { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (tokens.SubscriptionOf(Jeton) is { } id)
        {
            await registry.UnsubscribeAsync(id, cancellationToken);
        }

        Done = true;
        return Page();
    }
}
