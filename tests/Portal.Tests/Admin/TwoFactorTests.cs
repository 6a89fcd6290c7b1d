using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Portal.Core.Identity;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

/// <summary>Optional TOTP two-factor sign-in, required for administrators when configured.</summary>
public sealed class TwoFactorTests(TwoFactorTests.RequiredFactory factory) : IClassFixture<TwoFactorTests.RequiredFactory>
{
    /// <summary>A portal where administrators must use two-factor sign-in.</summary>
    public sealed class RequiredFactory : PortalFactoryBase
    {
        protected override void Configure(IWebHostBuilder builder) =>
            builder.UseSetting("Portal:Security:RequireTwoFactorForAdministrators", "true");
    }

    [Fact]
    public async Task Administrator_must_enable_two_factor_then_signs_in_with_a_code()
    {
        using var admin = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Administrator);

        var blocked = await admin.Client.GetAsync(new Uri("/admin/utilisateurs", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal("/admin/securite?requis=1", blocked.Headers.Location!.OriginalString);

        var security = await admin.GetAsync("/admin/securite");
        var key = security.QuerySelector("#cle")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var wrong = await admin.SubmitAsync(security, "form[action*=Enable]", new() { ["Code"] = "000000" == Totp(key) ? "111111" : "000000" });
        Assert.Contains("Code incorrect", (await BrowserlessUser.ParseAsync("/admin/securite", wrong)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        var enabled = await admin.SubmitAsync("/admin/securite", "form[action*=Enable]", new() { ["Code"] = Totp(key) });
        Assert.Contains("activée", (await BrowserlessUser.ParseAsync("/admin/securite", enabled)).QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.Client.GetAsync(new Uri("/admin/utilisateurs", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);

        using var again = new BrowserlessUser(factory);
        var first = await again.SubmitAsync("/admin/connexion", "main form", new() { ["Email"] = admin.Email, ["Password"] = "Un-mot-de-passe-solide-1" });
        Assert.StartsWith("/admin/connexion/code", first.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var second = await again.SubmitAsync("/admin/connexion/code", "main form", new() { ["Code"] = Totp(key) });
        Assert.Equal("/admin", second.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Editors_are_not_forced_to_use_two_factor()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);

        var response = await editor.Client.GetAsync(new Uri("/admin", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>RFC 6238 with the authenticator apps' defaults: HMAC-SHA1, 30-second steps, 6 digits.</summary>
    [SuppressMessage("Security", "CA5350:Do not use weak cryptographic algorithms", Justification = "RFC 6238 and the authenticator apps (and ASP.NET Identity's verifier) use HMAC-SHA1; the test must compute the same code.")]
    private static string Totp(string base32Key)
    {
        var key = FromBase32(base32Key);
        var counter = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        var message = BitConverter.GetBytes(counter);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(message);
        }

        var hash = HMACSHA1.HashData(key, message);
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = string.Concat(text.TrimEnd('=').Select(c => Convert.ToString(alphabet.IndexOf(c), 2).PadLeft(5, '0')));
        return [.. Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2))];
    }
}
