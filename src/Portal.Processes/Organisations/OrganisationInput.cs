using Portal.Core.Text;

namespace Portal.Processes.Organisations;

/// <summary>An organisation as a form or a recipe gives it; <see cref="Problems"/> says in French what must be corrected.</summary>
public sealed record OrganisationInput(string? Name, string? Slug, OrganisationKind Kind = OrganisationKind.Autre, string? Siret = null, string? LogoMediaId = null)
{
    /// <summary>The address: the one given, or one made from the name.</summary>
    public string SlugOrDefault => string.IsNullOrWhiteSpace(Slug) ? Recipes.ProcessItemIds.Slugify(Name ?? string.Empty) : Slug.Trim();

    public IReadOnlyList<(string Field, string Message)> Problems()
    {
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add((nameof(Name), "Indiquez le nom de l'organisation."));
        }
        else if (Name.Trim().Length > 300)
        {
            problems.Add((nameof(Name), "Le nom de l'organisation ne peut dépasser 300 caractères."));
        }

        if (!string.IsNullOrWhiteSpace(Name) && (SlugOrDefault.Length is 0 or > 200 || !Slugs.Pattern().IsMatch(SlugOrDefault)))
        {
            problems.Add((nameof(Slug), "L'adresse de la page ne contient que des lettres minuscules sans accent, des chiffres et des tirets (par exemple « departement-des-monts »)."));
        }

        if (!Enum.IsDefined(Kind))
        {
            problems.Add((nameof(Kind), "Choisissez le type d'organisation dans la liste."));
        }

        if (!string.IsNullOrWhiteSpace(Siret) && CompanyNumbers.Normalise(Siret) is null)
        {
            problems.Add((nameof(Siret), "Ce numéro n'est ni un SIREN (9 chiffres) ni un SIRET (14 chiffres) valide : vérifiez-le sur l'annuaire des entreprises."));
        }

        return problems;
    }
}
