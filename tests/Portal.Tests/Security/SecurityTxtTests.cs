using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Security;

/// <summary><c>/.well-known/security.txt</c> (RFC 9116) from <c>Portal:SecurityContact</c>, never a placeholder.</summary>
public sealed class SecurityTxtTests(PortalFactory factory, SecurityTxtTests.ContactFactory withContact)
    : IClassFixture<PortalFactory>, IClassFixture<SecurityTxtTests.ContactFactory>
{
    /// <summary>A portal with a security contact.</summary>
    public sealed class ContactFactory : PortalFactoryBase
    {
        protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Portal:SecurityContact", "securite@participation.exemple.fr");
    }

    /// <summary>A portal whose security contact is a placeholder.</summary>
    private sealed class PlaceholderFactory : PortalFactoryBase
    {
        protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Portal:SecurityContact", "à remplacer");
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Without_a_configured_contact_there_is_no_security_txt()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/.well-known/security.txt", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_configured_contact_is_published_with_expiry_languages_and_canonical_address()
    {
        using var client = withContact.CreateClient(new() { BaseAddress = new Uri("http://attaquant.example/") });

        var response = await client.GetAsync(new Uri("/.well-known/security.txt", UriKind.Relative), Ct);
        var lines = (await response.Content.ReadAsStringAsync(Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(": ", 2)).ToDictionary(p => p[0], p => p[1]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("mailto:securite@participation.exemple.fr", lines["Contact"]);
        Assert.Equal("fr, en", lines["Preferred-Languages"]);
        Assert.Equal(PortalFactoryBase.PublicUrl + "/.well-known/security.txt", lines["Canonical"]);
        var expires = DateTimeOffset.ParseExact(lines["Expires"], "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        Assert.InRange(expires, DateTimeOffset.UtcNow.AddDays(30), DateTimeOffset.UtcNow.AddDays(365));
    }

    [Fact]
    public async Task A_contact_that_is_neither_an_address_nor_https_stops_the_start_in_french()
    {
        await using var portal = new PlaceholderFactory();

        var failure = Assert.ThrowsAny<Exception>(() => portal.CreateClient());

        Assert.Contains("Portal:SecurityContact doit être une adresse électronique", failure.ToString(), StringComparison.Ordinal);
    }
}
