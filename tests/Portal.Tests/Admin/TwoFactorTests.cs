using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Security.Cryptography;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Audit;
using Portal.Core.Data;
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
        // The code that turned two-factor on is spent: the next one (a code of the next 30 seconds) signs in.
        var second = await again.SubmitAsync("/admin/connexion/code", "main form", new() { ["Code"] = Totp(key, stepsAhead: 1) });
        Assert.Equal("/admin", second.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_code_signs_in_once_and_its_replay_is_refused()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var key = await EnableAsync(editor);
        var code = Totp(key, stepsAhead: 1);

        using var first = new BrowserlessUser(factory);
        Assert.Equal("/admin", (await SignInWithCodeAsync(first, editor.Email, code)).Headers.Location!.OriginalString);

        using var replay = new BrowserlessUser(factory);
        var replayed = await SignInWithCodeAsync(replay, editor.Email, code);

        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Contains("Code incorrect", (await BrowserlessUser.ParseAsync("/admin/connexion/code", replayed)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/admin", (await SignInWithCodeAsync(replay, editor.Email, Totp(key, stepsAhead: 2))).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Turning_two_factor_off_needs_a_code_or_the_password_and_both_changes_are_audited()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        await EnableAsync(editor);

        var bare = await editor.SubmitAsync("/admin/securite", "form[action*=Disable]", []);
        var wrong = await editor.SubmitAsync("/admin/securite", "form[action*=Disable]", new() { ["Password"] = "Pas-le-bon-mot-de-passe-1" });
        Assert.Contains("saisissez un code actuel", Alert(await BrowserlessUser.ParseAsync("/admin/securite", bare)), StringComparison.Ordinal);
        Assert.Contains("saisissez un code actuel", Alert(await BrowserlessUser.ParseAsync("/admin/securite", wrong)), StringComparison.Ordinal);
        Assert.Equal("activée", (await editor.GetAsync("/admin/securite")).QuerySelector("main strong")!.TextContent);

        var off = await editor.SubmitAsync("/admin/securite", "form[action*=Disable]", new() { ["Password"] = "Un-mot-de-passe-solide-1" });

        Assert.Contains("désactivée", (await BrowserlessUser.ParseAsync("/admin/securite", off)).QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var actions = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<AuditEntry>().AsNoTracking()
            .Where(e => e.Actor == editor.Email && e.ContentType == AuditSubject.AccountType).Select(e => e.Action).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([AuditActions.TwoFactorEnabled, AuditActions.TwoFactorDisabled], actions);
    }

    /// <summary>Turns two-factor on from the security page with the current code; returns the key.</summary>
    private static async Task<string> EnableAsync(BrowserlessUser user)
    {
        var security = await user.GetAsync("/admin/securite");
        var key = security.QuerySelector("#cle")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var enabled = await user.SubmitAsync(security, "form[action*=Enable]", new() { ["Code"] = Totp(key) });
        Assert.Contains("activée", (await BrowserlessUser.ParseAsync("/admin/securite", enabled)).QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        return key;
    }

    private static async Task<HttpResponseMessage> SignInWithCodeAsync(BrowserlessUser visitor, string email, string code)
    {
        var password = await visitor.SubmitAsync("/admin/connexion", "main form", new() { ["Email"] = email, ["Password"] = "Un-mot-de-passe-solide-1" });
        Assert.StartsWith("/admin/connexion/code", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        return await visitor.SubmitAsync("/admin/connexion/code", "main form", new() { ["Code"] = code });
    }

    private static string Alert(IDocument page) => page.QuerySelector("[role=alert]")!.TextContent;

    [Fact]
    public async Task Editors_are_not_forced_to_use_two_factor()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);

        var response = await editor.Client.GetAsync(new Uri("/admin", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>RFC 6238 with the authenticator apps' defaults: HMAC-SHA1, 30-second steps, 6 digits; a later step's code when asked.</summary>
    [SuppressMessage("Security", "CA5350:Do not use weak cryptographic algorithms", Justification = "RFC 6238 and the authenticator apps (and ASP.NET Identity's verifier) use HMAC-SHA1; the test must compute the same code.")]
    private static string Totp(string base32Key, int stepsAhead = 0)
    {
        var key = FromBase32(base32Key);
        var counter = (DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30) + stepsAhead;
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
