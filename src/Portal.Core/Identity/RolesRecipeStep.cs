using Microsoft.AspNetCore.Identity;
using Portal.Core.Recipes;

namespace Portal.Core.Identity;

/// <summary>Recipe step <c>roles</c>: creates missing roles, updates descriptions, never deletes.</summary>
public sealed class RolesRecipeStep(RoleManager<PortalRole> roles) : IRecipeStepHandler
{
    public string Name => "roles";

    public Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Bind<RolesStep>();
        if (step is null)
        {
            return Task.CompletedTask;
        }

        for (var i = 0; i < step.Roles.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(step.Roles[i].Name))
            {
                context.Error($"roles[{i}].name", "le nom du rôle est obligatoire");
            }
        }

        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Bind<RolesStep>() ?? throw new RecipeValidationException("roles");
        foreach (var role in step.Roles)
        {
            var existing = await roles.FindByNameAsync(role.Name);
            if (existing is null)
            {
                Check(await roles.CreateAsync(new PortalRole(role.Name) { Description = role.Description }));
            }
            else if (existing.Description != role.Description)
            {
                existing.Description = role.Description;
                Check(await roles.UpdateAsync(existing));
            }
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    private sealed record RolesStep(string Name, IReadOnlyList<RoleDefinition> Roles);

    private sealed record RoleDefinition(string Name, string? Description = null);
}
