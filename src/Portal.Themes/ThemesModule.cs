using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Identity;
using Portal.Core.Modules;
using Portal.Core.Recipes;
using Portal.Core.Settings;
using Portal.Core.Themes;

namespace Portal.Themes;

/// <summary>
/// The public theme as a setting (Orchard's « Themes » module): the themes the host ships (Razor class libraries under
/// <c>themes/</c>, handed in here), the choice and the organiser's identity in the back office and in recipes, the
/// identity's stylesheet and the favicon. Every page's layout is the active theme's (<c>Pages/_ViewStart.cshtml</c>).
/// </summary>
public sealed class ThemesModule(params ThemeDescriptor[] themes) : IPortalModule
{
    public string Name => "Thème et identité";

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(ThemesPermissions.ManageTheme, "Choisir le thème du site et régler l'identité de l'organisation", [PortalRoles.Administrator]),
    ];

    public IReadOnlyList<AdminMenuEntry> Menu { get; } =
    [
        new("Thème et identité du site", "/admin/theme", ThemesPermissions.ManageTheme, 70, AdminMenuGroups.Settings),
    ];

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        if (themes.Length == 0)
        {
            throw new InvalidOperationException("Au moins un thème doit être composé (themes/Portal.Theme.Default).");
        }

        foreach (var theme in themes)
        {
            services.AddSingleton(theme);
        }

        services.AddSettingsSection<ThemeSettings>(ThemeSettings.Key);
        services.AddSingleton<ThemeCatalogue>();
        services.AddScoped<ActiveTheme>();
        services.AddScoped<IRecipeStepHandler, ThemeRecipeStep>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapThemeFiles();
}

/// <summary>The module's operations.</summary>
public static class ThemesPermissions
{
    public const string ManageTheme = "ManageTheme";
}
