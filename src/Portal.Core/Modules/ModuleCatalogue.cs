namespace Portal.Core.Modules;

/// <summary>The composed modules and what they declare, for the menu, the permission table and the architecture note.</summary>
public sealed class ModuleCatalogue
{
    public ModuleCatalogue(IReadOnlyList<IPortalModule> modules)
    {
        ArgumentNullException.ThrowIfNull(modules);
        Modules = modules;
        Permissions = [.. modules.SelectMany(m => m.Permissions)];
        var duplicate = Permissions.GroupBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Permission '{duplicate.Key}' is declared by more than one module.");
        }

        Menu = [.. modules.SelectMany(m => m.Menu).OrderBy(e => e.Order).ThenBy(e => e.Text, StringComparer.Ordinal)];
    }

    public IReadOnlyList<IPortalModule> Modules { get; }

    public IReadOnlyList<PermissionDefinition> Permissions { get; }

    public IReadOnlyList<AdminMenuEntry> Menu { get; }

    public PermissionDefinition Permission(string name) =>
        Permissions.FirstOrDefault(p => p.Name == name) ?? throw new InvalidOperationException($"No module declares permission '{name}'.");
}
