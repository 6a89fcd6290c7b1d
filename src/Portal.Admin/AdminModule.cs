using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Admin.Users;
using Portal.Core.Cli;
using Portal.Core.Identity;
using Portal.Core.Text;

namespace Portal.Admin;

/// <summary>The back office at /admin: sign-in, editing of every section, history, users.</summary>
public static class AdminModule
{
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        services.AddScoped<UserAdministration>();
        services.AddScoped<Imports.PropositionImport>();
        services.AddSingleton<ICliCommand, UsersCommand>();
        services.AddScoped<TwoFactorRequirementFilter>();
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(mvc => mvc.Filters.AddService<TwoFactorRequirementFilter>());
        return services;
    }

    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder endpoints)
    {
        // The live Markdown preview: the same renderer and sanitising as the public pages.
        endpoints.MapPost("/admin/markdown/apercu", async (HttpContext context, IAntiforgery antiforgery) =>
            {
                await antiforgery.ValidateRequestAsync(context);
                var form = await context.Request.ReadFormAsync();
                var text = form["texte"].ToString();
                // Checked first: a text the limits refuse is never given to Markdig, so the answer stays quick.
                var html = MarkdownRenderer.Validate(text) is { } problem
                    ? $"<p class=\"field-error\">Aperçu impossible : {System.Net.WebUtility.HtmlEncode(problem)}</p>"
                    : MarkdownRenderer.Render(text).ToString();
                return Results.Content(html ?? string.Empty, "text/html; charset=utf-8");
            })
            .RequireAuthorization(Permissions.EditContent)
            .ExcludeFromDescription();
        return endpoints;
    }
}
