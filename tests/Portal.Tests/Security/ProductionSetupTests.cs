using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Security;

/// <summary>Production behind a TLS-terminating proxy: a public address is required, cookies are Secure, HSTS follows the forwarded scheme.</summary>
public sealed class ProductionSetupTests(ProductionSetupTests.ProductionFactory factory) : IClassFixture<ProductionSetupTests.ProductionFactory>
{
    /// <summary>The portal as deployed: Production environment (with the base factory's public address).</summary>
    public sealed class ProductionFactory : PortalFactoryBase
    {
        protected override void Configure(IWebHostBuilder builder) => builder.UseEnvironment("Production");
    }

    /// <summary>Production without <c>Portal:PublicUrl</c>.</summary>
    private sealed class NoPublicUrlFactory : PortalFactoryBase
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Portal:PublicUrl", string.Empty);
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Production_refuses_to_start_without_a_public_address_and_says_why_in_french()
    {
        await using var unconfigured = new NoPublicUrlFactory();

        var failure = Assert.ThrowsAny<Exception>(() => unconfigured.CreateClient());

        Assert.Contains("Portal:PublicUrl est obligatoire en production", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_auth_cookie_is_secure_in_production_even_when_the_proxy_speaks_plain_http()
    {
        using var user = new BrowserlessUser(factory, new Uri("http://participation.exemple.fr/"));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var added = await scope.ServiceProvider.GetRequiredService<Portal.Admin.Users.UserAdministration>()
                .AddAsync("prod@exemple.fr", Portal.Core.Identity.PortalRoles.Editor, "Un-mot-de-passe-solide-1");
            Assert.True(added.Succeeded);
        }

        var signedIn = await user.SubmitAsync("/admin/connexion", "main form", new() { ["Email"] = "prod@exemple.fr", ["Password"] = "Un-mot-de-passe-solide-1" });

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var auth = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("portal.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", auth, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Hsts_is_sent_when_the_trusted_proxy_says_the_request_came_over_https()
    {
        using var client = factory.CreateClient(new() { BaseAddress = new Uri("http://participation.exemple.fr/") });
        var plain = await client.GetAsync(new Uri("/", UriKind.Relative), Ct);

        using var forwarded = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        forwarded.Headers.Add("X-Forwarded-Proto", "https");
        var proxied = await client.SendAsync(forwarded, Ct);

        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
        Assert.Contains("max-age=31536000", proxied.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }
}
