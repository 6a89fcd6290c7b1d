using Microsoft.AspNetCore.Localization;
using Portal.Core.Setup;
using Portal.Core.Text;
using Portal.Core.Throttling;
using Portal.Site;

namespace Portal.Web;

/// <summary>Host-level composition: Razor Pages, French culture, HTTPS behind a proxy, errors, static assets, first-start setup.</summary>
internal static class PortalWebModule
{
    public static IServiceCollection AddPortalWeb(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddHttpsHardening(configuration, environment);
        services.AddRazorPages();
        services.AddProblemDetails();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(French.Culture);
            options.SupportedCultures = [French.Culture];
            options.SupportedUICultures = [French.Culture];
        });
        return services;
    }

    public static WebApplication UsePortalWeb(this WebApplication app)
    {
        app.UseHttpsHardening();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/erreur/500",

                // The error page logs the exception once, with the reference it shows.
                SuppressDiagnosticsCallback = _ => true,
            });
            app.UseHsts();
        }

        app.UseSiteErrorPages();
        app.UseRequestLocalization();
        app.Use(async (context, next) =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data: https:; style-src 'self'; script-src 'self'; frame-ancestors 'none'";
            await next();
        });
        app.MapStaticAssets();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseFormThrottling();

        // Before the output cache, so that answers served from it carry the CORS headers of their endpoint.
        app.UseCors();
        app.UseOutputCache();

        // Only what anonymous readers get is compressed: no secret of a signed-in user rides along
        // with reflected text in a compressed body (BREACH).
        app.UseWhen(
            context => context.User.Identity?.IsAuthenticated != true && !context.Request.Path.StartsWithSegments("/admin"),
            branch => branch.UseResponseCompression());
        return app;
    }

    /// <summary>
    /// Work the host would do when it starts, done instead while the database starts on the other thread: the
    /// background services are built (the search index is opened), and the endpoints are listed once into the
    /// shared cache that authorization and the sitemap read. Nothing here touches the database.
    /// </summary>
    public static void PrepareBesideInitialization(this WebApplication app)
    {
        _ = app.Services.GetServices<IHostedService>().Count();
        _ = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.Count;
    }

    /// <summary>Migrates the database and, on the very first start, applies the setup recipes.</summary>
    public static async Task InitializePortalAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PortalInitializer>().InitializeAsync();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var address in app.Urls)
            {
                Console.WriteLine($"Portail démarré : {address}");
            }
        });
    }
}
