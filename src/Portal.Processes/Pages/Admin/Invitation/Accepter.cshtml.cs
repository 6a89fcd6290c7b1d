using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Identity;
using Portal.Core.Throttling;
using Portal.Processes.Organisations;

namespace Portal.Processes.Pages.Admin.Invitation;

/// <summary>
/// Where an invitation's link leads: the person chooses a password and lands signed in, member of the organisation.
/// A link unknown, used, revoked or expired gets a page saying so in French and how to ask for another.
/// </summary>
[Throttled(ThrottledForm.PasswordReset)]
[AllowAnonymous]
public sealed class AcceptInvitationModel(OrganisationInvitations invitations, SignInManager<PortalUser> signIn) : PageModel
{
    public const string PasswordLabel = "Mot de passe (12 caractères au moins)";

    [BindProperty(SupportsGet = true, Name = "jeton")]
    public string? Token { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public InvitationLookup Invitation { get; private set; } = new(InvitationState.Unknown, null, null);

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Invitation = await invitations.FindAsync(Token, cancellationToken);
        return Answer();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Invitation = await invitations.FindAsync(Token, cancellationToken);
        if (Invitation.State == InvitationState.Pending && string.IsNullOrEmpty(Password))
        {
            Errors = ["Choisissez votre mot de passe."];
            return Page();
        }

        var accepted = await invitations.AcceptAsync(Token, Password ?? string.Empty, cancellationToken);
        switch (accepted.State)
        {
            case InvitationState.Accepted:
                await signIn.SignInAsync(accepted.Account!, isPersistent: false);
                return Redirect("/admin");
            case InvitationState.AcceptedByExistingAccount:
                // The password of an account that exists is never changed from an invitation: its holder signs in as usual.
                return Redirect("/admin/connexion");
            case InvitationState.Pending:
                Errors = accepted.Problems;
                return Page();
            default:
                Invitation = Invitation with { State = accepted.State };
                return Answer();
        }
    }

    /// <summary>The page, answered 410 (Gone) when the link no longer opens anything, 404 when it never did.</summary>
    private PageResult Answer()
    {
        var result = Page();
        result.StatusCode = Invitation.State switch
        {
            InvitationState.Pending => StatusCodes.Status200OK,
            InvitationState.Unknown => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status410Gone,
        };
        return result;
    }
}
