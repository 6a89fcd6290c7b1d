using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Admin.Extensions;
using Portal.Admin.Users;
using Portal.Core.Cli;
using Portal.Core.Identity;
using Portal.Core.Modules;
using Portal.Core.Text;

namespace Portal.Admin;

/// <summary>
/// The back-office shell at /admin: sign-in, accounts and their security, users, the generic editor and
/// history of content items, the home page and menu assembled from the modules' declarations.
/// </summary>
public sealed class AdminModule : IPortalModule
{
    public string Name => "Administration";

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(Core.Identity.Permissions.AccessBackOffice, "Entrer dans l'administration", [PortalRoles.Administrator, PortalRoles.Editor, PortalRoles.CopilMember, PortalRoles.FollowUpCommittee]),
        new(Core.Identity.Permissions.EditContent, "Rédiger et modifier des brouillons", [PortalRoles.Administrator, PortalRoles.Editor]),
        new(Core.Identity.Permissions.PreviewContent, "Prévisualiser les brouillons", [PortalRoles.Administrator, PortalRoles.Editor, PortalRoles.CopilMember]),
        new(AdminPermissions.ManageUsers, "Gérer les utilisateurs et leurs rôles", [PortalRoles.Administrator]),
    ];

    public IReadOnlyList<AdminMenuEntry> Menu { get; } =
    [
        new("Utilisateurs", "/admin/utilisateurs", AdminPermissions.ManageUsers, 80, AdminMenuGroups.Settings),
        new("Sécurité du compte", "/admin/securite", Core.Identity.Permissions.AccessBackOffice, 90, AdminMenuGroups.Account),
    ];

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        services.AddScoped<UserAdministration>();
        services.AddScoped<AccountChanges>();
        services.AddScoped<AdminPanels>();
        services.AddScoped<Navigation.AdminNavigation>();
        services.AddScoped<VersionStatuses>();
        services.AddSingleton<Forms.FieldLabels>();
        services.AddSingleton<Forms.RecordFormRenderer>();
        services.AddSingleton<ICliCommand, UsersCommand>();
        services.AddScoped<TwoFactorRequirementFilter>();
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(mvc => mvc.Filters.AddService<TwoFactorRequirementFilter>());
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // The live Markdown preview: the same renderer and sanitising as the public pages.
        endpoints.MapPost("/admin/markdown/apercu", async (HttpContext context, IAntiforgery antiforgery) =>
            {
                if (!await antiforgery.IsRequestValidAsync(context))
                {
                    // A missing or expired token is the client's problem (400), never a server error.
                    return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Jeton de sécurité absent ou expiré : rechargez la page.");
                }

                var form = await context.Request.ReadFormAsync();
                var text = form["texte"].ToString();
                // Checked first: a text the limits refuse is never given to Markdig, so the answer stays quick.
                var html = MarkdownRenderer.Validate(text) is { } problem
                    ? $"<p class=\"field-error\">Aperçu impossible : {System.Net.WebUtility.HtmlEncode(problem)}</p>"
                    : MarkdownRenderer.Render(text).ToString();
                return Results.Content(html ?? string.Empty, "text/html; charset=utf-8");
            })
            .RequireAuthorization(Core.Identity.Permissions.EditContent)
            .ExcludeFromDescription();
    }
}
