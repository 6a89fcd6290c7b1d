using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Core.Settings;

namespace Portal.Workflows.Definitions;

/// <summary>Workflow definitions, kept as JSON documents among the site settings (<c>workflow:{name}</c>).</summary>
public sealed class WorkflowStore(PortalDbContext db, RoleManager<PortalRole> roles, TimeProvider clock)
{
    public const string DefaultName = "validation-copil";

    internal const string KeyPrefix = "workflow:";

    internal static string Key(string name) => KeyPrefix + name;

    /// <summary>Roles a definition may name: those in the database and the built-in ones a setup recipe creates.</summary>
    public async Task<IReadOnlyCollection<string>> KnownRolesAsync(CancellationToken cancellationToken = default)
    {
        var names = await roles.Roles.Select(r => r.Name!).ToListAsync(cancellationToken);
        return [.. names.Concat([PortalRoles.Administrator, PortalRoles.Editor, PortalRoles.CopilMember]).Distinct()];
    }

    public async Task<Workflow?> GetAsync(string name = DefaultName, CancellationToken cancellationToken = default)
    {
        var row = await db.SiteSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Key == Key(name), cancellationToken);
        if (row is null)
        {
            return null;
        }

        var definition = JsonSerializer.Deserialize<WorkflowDefinition>(row.Value, ContentTypeRegistry.JsonOptions)!;
        return Workflow.From(definition, await KnownRolesAsync(cancellationToken));
    }

    /// <summary>Saves a definition after checking it; returns the problems instead when it is invalid.</summary>
    public async Task<IReadOnlyList<(string Path, string Message)>> SaveAsync(WorkflowDefinition definition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var problems = WorkflowDefinitionValidator.Check(definition, await KnownRolesAsync(cancellationToken));
        if (problems.Count > 0)
        {
            return problems;
        }

        var json = JsonSerializer.Serialize(definition, ContentTypeRegistry.JsonOptions);
        var row = await db.SiteSettings.SingleOrDefaultAsync(s => s.Key == Key(definition.Name), cancellationToken);
        if (row is null)
        {
            db.SiteSettings.Add(new SiteSetting { Key = Key(definition.Name), Value = json, ModifiedUtc = clock.GetUtcNow().UtcDateTime });
        }
        else if (row.Value != json)
        {
            row.Value = json;
            row.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        }

        await db.SaveChangesAsync(cancellationToken);
        return [];
    }
}
