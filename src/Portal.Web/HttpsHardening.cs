using System.Net;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;
using Portal.Core.Public;

namespace Portal.Web;

/// <summary>
/// The documented Production setup: a TLS-terminating reverse proxy in front, the public address from
/// configuration, cookies sent over HTTPS only, HSTS. Outside Production the same code runs with the
/// relaxed defaults a developer's <c>http://localhost</c> needs.
/// </summary>
internal static class HttpsHardening
{
    public const string ProxySection = "Portal:ReverseProxy";

    public static IServiceCollection AddHttpsHardening(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var proxies = configuration.GetSection($"{ProxySection}:KnownProxies").Get<string[]>() ?? [];
        var networks = configuration.GetSection($"{ProxySection}:KnownNetworks").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // The scheme and the client's address only: links never come from a forwarded (or direct) host.
            // Trusted senders: loopback by default (a proxy on the same machine), plus the configured ones.
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address) ? address
                    : throw new InvalidOperationException($"{ProxySection}:KnownProxies : « {proxy} » n'est pas une adresse IP."));
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var range) ? range
                    : throw new InvalidOperationException($"{ProxySection}:KnownNetworks : « {network} » n'est pas un réseau (notation 10.0.0.0/8)."));
            }
        });

        // Behind a proxy the request may look like plain HTTP: in Production, sign-in cookies are Secure whatever it
        // says. The antiforgery cookie (not a credential) follows the request: with Always, the framework refuses to
        // render any form over a plain-HTTP hop instead of just marking the cookie.
        var secure = environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        services.ConfigureAll<CookieAuthenticationOptions>(options => options.Cookie.SecurePolicy = secure);
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        return services;
    }

    /// <summary>Refuses to start in Production without <c>Portal:PublicUrl</c>, then trusts the proxy's forwarded scheme (before HSTS and cookies read it).</summary>
    public static WebApplication UseHttpsHardening(this WebApplication app)
    {
        if (app.Environment.IsProduction() && !app.Services.GetRequiredService<PublicSite>().IsConfigured)
        {
            throw new InvalidOperationException(
                "Portal:PublicUrl est obligatoire en production : indiquez l'adresse publique du site (par exemple " +
                "Portal__PublicUrl=https://participation.exemple.fr). Les liens des courriels, du plan du site et des exports " +
                "en dépendent ; ils ne sont jamais construits à partir de l'en-tête Host de la requête.");
        }

        app.UseForwardedHeaders();
        return app;
    }
}
