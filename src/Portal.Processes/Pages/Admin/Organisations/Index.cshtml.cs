using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Processes.Organisations;

namespace Portal.Processes.Pages.Admin.Organisations;

/// <summary>
/// The organisations a person manages: every one for the site's administrators (who also create them here), their
/// own for an organisation's administrators.
/// </summary>
[Authorize(Policy = ProcessesPermissions.ManageOrganisationMembers)]
public sealed class OrganisationsModel(OrganisationStore store, OrganisationDirectory directory, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    /// <summary>Whether this person creates organisations (the site's administrators).</summary>
    public bool MayCreate { get; private set; }

    [BindProperty]
    public OrganisationForm Form { get; set; } = new();

    public IReadOnlyList<(string Field, string Message)> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!MayCreate)
        {
            return Forbid();
        }

        var result = await store.SaveAsync(null, Form.ToInput(), User.Identity?.Name ?? "?", cancellationToken);
        if (!result.Succeeded)
        {
            Errors = result.Problems;
            return Page();
        }

        return Redirect($"/admin/organisations/{result.Organisation!.Slug}?fait=creee");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        MayCreate = (await authorization.AuthorizeAsync(User, ProcessesPermissions.ManageOrganisations)).Succeeded;
        var all = await store.AllAsync(cancellationToken);
        var administered = new List<Organisation>();
        foreach (var organisation in all)
        {
            if (MayCreate || await directory.AdministersAsync(User, organisation.Id, cancellationToken))
            {
                administered.Add(organisation);
            }
        }

        Organisations = administered;
    }
}

/// <summary>The organisation's form, as posted.</summary>
public sealed class OrganisationForm
{
    public string? Name { get; set; }

    public string? Slug { get; set; }

    public OrganisationKind Kind { get; set; } = OrganisationKind.Collectivite;

    public string? Siret { get; set; }

    public string? LogoMediaId { get; set; }

    public OrganisationInput ToInput() => new(Name, Slug, Kind, Siret, LogoMediaId);

    public static OrganisationForm Of(Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return new() { Name = organisation.Name, Slug = organisation.Slug, Kind = organisation.Kind, Siret = organisation.Siret, LogoMediaId = organisation.LogoMediaId };
    }
}
