using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Portal.Core;
using Portal.Core.Identity;

namespace Portal.Admin;

/// <summary>
/// When <c>Portal:Security:RequireTwoFactorForAdministrators</c> is on, an administrator without
/// two-factor sign-in is sent to the security page before any other back-office page.
/// </summary>
internal sealed class TwoFactorRequirementFilter(PortalOptions options, UserManager<PortalUser> users) : IAsyncPageFilter
{
    private static readonly string[] Exempt = ["/admin/securite", "/admin/connexion", "/admin/deconnexion", "/admin/acces-refuse", "/admin/mot-de-passe-oublie", "/admin/reinitialiser"];

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var path = context.HttpContext.Request.Path.Value ?? string.Empty;
        if (options.Security.RequireTwoFactorForAdministrators
            && path.StartsWith("/admin", StringComparison.Ordinal)
            && !Exempt.Any(e => path.StartsWith(e, StringComparison.Ordinal))
            && context.HttpContext.User.IsInRole(PortalRoles.Administrator)
            && await users.GetUserAsync(context.HttpContext.User) is { } user
            && !await users.GetTwoFactorEnabledAsync(user))
        {
            context.Result = new RedirectResult("/admin/securite?requis=1");
            return;
        }

        await next();
    }
}
