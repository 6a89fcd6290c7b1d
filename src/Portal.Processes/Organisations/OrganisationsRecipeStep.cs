using Portal.Core.Recipes;

namespace Portal.Processes.Organisations;

/// <summary>
/// Recipe step <c>organisations</c>: <c>{ "name": "organisations", "organisations": [ { "slug"?, "name", "kind":
/// "ministere" | "serviceDeconcentre" | "collectivite" | "etablissementPublic" | "autre", "siret"?, "logo"?,
/// "processes": [ process ids ], "members": [ { "userName", "role": "editor" | "administrator" } ] } ] }</c>.
/// Creates or updates each organisation, makes it the owner of its processes and gives its members their role;
/// running it twice changes nothing the second time.
/// </summary>
public sealed class OrganisationsRecipeStep(OrganisationStore store) : IRecipeStepHandler
{
    public string Name => "organisations";

    public Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Bind<OrganisationsStep>();
        for (var i = 0; step is not null && i < step.Organisations.Count; i++)
        {
            var organisation = step.Organisations[i];
            foreach (var (field, message) in organisation.Input.Problems())
            {
                context.Error($"organisations[{i}].{char.ToLowerInvariant(field[0])}{field[1..]}", message);
            }

            for (var j = 0; j < organisation.MemberList.Count; j++)
            {
                if (string.IsNullOrWhiteSpace(organisation.MemberList[j].UserName))
                {
                    context.Error($"organisations[{i}].members[{j}].userName", "chaque membre est un compte (« userName »)");
                }
            }
        }

        foreach (var twice in step?.Organisations.GroupBy(o => o.Input.SlugOrDefault).Where(g => g.Count() > 1) ?? [])
        {
            context.Error("organisations", $"deux organisations ont l'adresse « {twice.Key} »");
        }

        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Bind<OrganisationsStep>() ?? throw new RecipeValidationException("organisations");
        foreach (var item in step.Organisations)
        {
            var slug = item.Input.SlugOrDefault;
            var result = await store.SaveAsync((await store.FindAsync(slug, cancellationToken))?.Slug, item.Input, Actor, cancellationToken);
            var organisation = result.Organisation ?? throw new RecipeValidationException($"organisations: {string.Join(" ", result.Problems.Select(p => p.Message))}");
            foreach (var process in item.ProcessIds)
            {
                await store.AssignAsync(organisation, process, Actor, cancellationToken);
            }

            foreach (var member in item.MemberList)
            {
                await store.SetMemberAsync(organisation, member.UserName, member.Role, Actor, cancellationToken);
            }
        }
    }

    private const string Actor = "recette";

    private sealed record OrganisationsStep(string Name, IReadOnlyList<OrganisationStep> Organisations);

    private sealed record OrganisationStep(
        string Name, string? Slug = null, OrganisationKind Kind = OrganisationKind.Autre, string? Siret = null, string? Logo = null,
        IReadOnlyList<string>? Processes = null, IReadOnlyList<MemberStep>? Members = null)
    {
        public OrganisationInput Input => new(Name, Slug, Kind, Siret, Logo);

        public IReadOnlyList<string> ProcessIds => Processes ?? [];

        public IReadOnlyList<MemberStep> MemberList => Members ?? [];
    }

    private sealed record MemberStep(string UserName, OrganisationRole Role = OrganisationRole.Editor);
}
