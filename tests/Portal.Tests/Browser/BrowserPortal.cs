using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Admin.Users;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>
/// The portal on a real Kestrel port and Debian's Chromium driven by Playwright (no browser download:
/// the executable comes from <c>PORTAL_TEST_CHROMIUM</c> or /usr/bin/chromium; tests skip without it).
/// </summary>
public sealed class BrowserPortal : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public PortalFactory Factory { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    public static string? ChromiumPath()
    {
        var configured = Environment.GetEnvironmentVariable("PORTAL_TEST_CHROMIUM");
        var path = string.IsNullOrWhiteSpace(configured) ? "/usr/bin/chromium" : configured;
        return File.Exists(path) ? path : null;
    }

    public async ValueTask InitializeAsync()
    {
        if (ChromiumPath() is not { } chromium)
        {
            return;
        }

        Factory.UseKestrel(0);
        Factory.StartServer();
        BaseUrl = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>An account with the role, for the browser to sign in with.</summary>
    public async Task<(string Email, string Password)> AccountAsync(string role)
    {
        var email = $"{Guid.NewGuid():N}@exemple.fr";
        const string password = "Un-mot-de-passe-solide-3";
        await using var scope = Factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync(email, role, password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return (email, password);
    }

    /// <summary>A browser page of a new account with the role, signed in through the sign-in form, in French.</summary>
    public async Task<IPage> SignedInPageAsync(string role, BrowserNewContextOptions? options = null)
    {
        var (email, password) = await AccountAsync(role);
        var context = await Browser.NewContextAsync(options ?? new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "fr-FR" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/connexion");
        await page.GetByLabel("Adresse électronique").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Administration", Level = 1 })).ToBeVisibleAsync();
        return page;
    }

    public static void SkipWithoutChromium() =>
        Assert.SkipWhen(ChromiumPath() is null, "Chromium absent : installer le paquet Debian chromium ou définir PORTAL_TEST_CHROMIUM (.ci/run le fait).");

    public async ValueTask DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }

        await Factory.DisposeAsync();
    }
}
