using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Processes.Organisations;
using Portal.Processes.Public;

namespace Portal.Processes.Pages.Admin.Organisations;

/// <summary>
/// One organisation: its members (named by its administrators or the site's), and for the site's administrators its
/// details and the processes it owns. Every change is audited under the organisation.
/// </summary>
[Authorize(Policy = ProcessesPermissions.ManageOrganisationMembers)]
public sealed class OrganisationModel(OrganisationStore store, OrganisationDirectory directory, OrganisationInvitations invitations, ProcessDirectory processes, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Slug { get; set; } = string.Empty;

    public Organisation Organisation { get; private set; } = null!;

    /// <summary>Whether this person changes the details and processes (the site's administrators).</summary>
    public bool MayEditDetails { get; private set; }

    public IReadOnlyList<OrganisationMember> Members { get; private set; } = [];

    public IReadOnlyList<OrganisationInvitation> Invitations { get; private set; } = [];

    /// <summary>The organisation's latest audited changes, newest first.</summary>
    public IReadOnlyList<Core.Audit.AuditEntry> Changes { get; private set; } = [];

    public IReadOnlyList<PublishedProcess> Owned { get; private set; } = [];

    public IReadOnlyList<PublishedProcess> Others { get; private set; } = [];

    [BindProperty]
    public OrganisationForm Form { get; set; } = new();

    public IReadOnlyList<(string Field, string Message)> Errors { get; private set; } = [];

    public string? Message { get; private set; }

    public void OnGet(string? fait) => Message = fait switch
    {
        "creee" => "L'organisation est créée.",
        "enregistree" => "Les informations de l'organisation sont enregistrées.",
        "membre" => "Le membre est enregistré. La modification est inscrite au journal d'audit.",
        "retrait" => "Le membre est retiré : il n'agit plus sur les démarches de l'organisation.",
        "demarche" => "Les démarches de l'organisation sont enregistrées.",
        "invitation" => "L'invitation est envoyée par courriel : son lien sert une seule fois, pendant 7 jours.",
        "compte-existant" => "Cette personne a déjà un compte : elle est désormais membre de l'organisation et en est informée par courriel.",
        "revoquee" => "L'invitation est révoquée : son lien ne fonctionne plus.",
        _ => null,
    };

    public async Task<IActionResult> OnPostDetailsAsync(CancellationToken cancellationToken)
    {
        if (!MayEditDetails)
        {
            return Forbid();
        }

        var result = await store.SaveAsync(Organisation.Slug, Form.ToInput(), Actor, cancellationToken);
        if (!result.Succeeded)
        {
            Errors = result.Problems;
            return Page();
        }

        return Redirect($"/admin/organisations/{result.Organisation!.Slug}?fait=enregistree");
    }

    public async Task<IActionResult> OnPostMemberAsync(string? userName, OrganisationRole role, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(userName) || !userName.Contains('@', StringComparison.Ordinal) || userName.Trim().Length > 256 || !Enum.IsDefined(role))
        {
            Errors = [("userName", "Indiquez l'adresse électronique avec laquelle la personne se connecte, et son rôle.")];
            return Page();
        }

        await store.SetMemberAsync(Organisation, userName, role, Actor, cancellationToken);
        return Redirect($"/admin/organisations/{Organisation.Slug}?fait=membre");
    }

    public async Task<IActionResult> OnPostInviteAsync(string? invitedEmail, OrganisationRole? invitedRole, CancellationToken cancellationToken)
    {
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(invitedEmail) || invitedEmail.Trim().Length > 256 || !System.Net.Mail.MailAddress.TryCreate(invitedEmail.Trim(), out var parsed)
            || parsed.Address != invitedEmail.Trim())
        {
            problems.Add(("invitedEmail", "Indiquez l'adresse électronique de la personne à inviter (par exemple prenom.nom@exemple.fr)."));
        }

        if (invitedRole is not { } role || !Enum.IsDefined(role))
        {
            problems.Add(("invitedRole", "Choisissez le rôle de la personne dans l'organisation."));
        }

        if (problems.Count > 0)
        {
            Errors = problems;
            return Page();
        }

        var sent = await invitations.InviteAsync(Organisation, invitedEmail!, invitedRole!.Value, Actor, cancellationToken);
        return Redirect($"/admin/organisations/{Organisation.Slug}?fait={(sent == InvitationSent.LinkSent ? "invitation" : "compte-existant")}");
    }

    public async Task<IActionResult> OnPostRevokeAsync(long invitation, CancellationToken cancellationToken) =>
        await invitations.RevokeAsync(Organisation, invitation, Actor, cancellationToken) ? Redirect($"/admin/organisations/{Organisation.Slug}?fait=revoquee") : NotFound();

    public async Task<IActionResult> OnPostRemoveMemberAsync(long member, CancellationToken cancellationToken) =>
        await store.RemoveMemberAsync(Organisation, member, Actor, cancellationToken) ? Redirect($"/admin/organisations/{Organisation.Slug}?fait=retrait") : NotFound();

    public async Task<IActionResult> OnPostAttachAsync(string? process, CancellationToken cancellationToken)
    {
        if (!MayEditDetails)
        {
            return Forbid();
        }

        if (process is null || !Others.Any(p => p.Id == process))
        {
            Errors = [("process", "Choisissez une démarche publiée dans la liste.")];
            return Page();
        }

        await store.AssignAsync(Organisation, process, Actor, cancellationToken);
        return Redirect($"/admin/organisations/{Organisation.Slug}?fait=demarche");
    }

    public async Task<IActionResult> OnPostDetachAsync(string process, CancellationToken cancellationToken) =>
        !MayEditDetails ? Forbid()
        : await store.DetachAsync(Organisation, process, Actor, cancellationToken) ? Redirect($"/admin/organisations/{Organisation.Slug}?fait=demarche") : NotFound();

    /// <summary>Before any handler: the organisation exists and this person administers it.</summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var cancellationToken = HttpContext.RequestAborted;
        var organisation = await store.FindAsync(Slug, cancellationToken);
        if (organisation is null)
        {
            context.Result = NotFound();
            return;
        }

        if (!await directory.AdministersAsync(User, organisation.Id, cancellationToken))
        {
            context.Result = Forbid();
            return;
        }

        Organisation = organisation;
        MayEditDetails = (await authorization.AuthorizeAsync(User, ProcessesPermissions.ManageOrganisations)).Succeeded;
        if (HttpMethods.IsGet(Request.Method))
        {
            Form = OrganisationForm.Of(organisation);
        }

        Members = await store.MembersOfAsync(organisation.Id, cancellationToken);
        Invitations = await invitations.PendingAsync(organisation.Id, cancellationToken);
        Changes = await store.ChangesOfAsync(organisation, 50, cancellationToken);
        var owned = (await store.ProcessesOfAsync(organisation.Id, cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var published = await processes.PublishedAsync(cancellationToken);
        (Owned, Others) = ([.. published.Where(p => owned.Contains(p.Id))], [.. published.Where(p => !owned.Contains(p.Id))]);
        await next();
    }

    private string Actor => User.Identity?.Name ?? "?";
}
