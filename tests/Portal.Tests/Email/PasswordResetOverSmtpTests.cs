using System.Net;
using Microsoft.AspNetCore.Hosting;
using Portal.Core.Identity;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Email;

/// <summary>The portal configured with an SMTP server that answers.</summary>
public sealed class SmtpPortalFactory : PortalFactoryBase
{
    public SmtpListener Smtp { get; } = new();

    protected override void Configure(IWebHostBuilder builder) => SmtpSettings.Apply(builder, Smtp.Port);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

/// <summary>The portal configured with an SMTP server that is down.</summary>
public sealed class SmtpDownPortalFactory : PortalFactoryBase
{
    protected override void Configure(IWebHostBuilder builder) => SmtpSettings.Apply(builder, SmtpListener.UnusedPort());
}

internal static class SmtpSettings
{
    public static void Apply(IWebHostBuilder builder, int port)
    {
        builder.UseSetting("Portal:Email:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Portal:Email:Smtp:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Portal:Email:Smtp:Security", "none");
        builder.UseSetting("Portal:Email:Smtp:FromAddress", "portail@exemple.fr");
        builder.UseSetting("Portal:Email:Smtp:TimeoutSeconds", "5");
    }
}

/// <summary>Password reset through the web app when an SMTP server is configured.</summary>
public sealed class PasswordResetOverSmtpTests(SmtpPortalFactory factory) : IClassFixture<SmtpPortalFactory>
{
    [Fact]
    public async Task Reset_email_is_delivered_over_smtp_and_not_written_to_the_pickup_folder()
    {
        using var account = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        using var visitor = new BrowserlessUser(factory);

        var asked = await visitor.SubmitAsync("/admin/mot-de-passe-oublie", "main form", new() { ["Email"] = account.Email });

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var received = await factory.Smtp.WaitForAsync(1);
        var mail = Assert.Single(received, r => r.EnvelopeRecipients.Contains(account.Email)).Message;
        Assert.Equal("Réinitialisation de votre mot de passe", mail.Subject);
        Assert.Contains("/admin/reinitialiser?email=", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{PortalFactoryBase.PublicUrl}/admin/reinitialiser?email=", mail.HtmlBody, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(factory.DataPath, "mail")));
    }
}

/// <summary>A mail server that is down does not break the person's action.</summary>
public sealed class MailServerDownTests(SmtpDownPortalFactory factory) : IClassFixture<SmtpDownPortalFactory>
{
    [Fact]
    public async Task Reset_page_answers_normally_when_the_mail_server_is_down()
    {
        using var account = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        using var visitor = new BrowserlessUser(factory);

        var asked = await visitor.SubmitAsync("/admin/mot-de-passe-oublie", "main form", new() { ["Email"] = account.Email });

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var page = await BrowserlessUser.ParseAsync("/admin/mot-de-passe-oublie", asked);
        Assert.Contains("Si un compte correspond", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }
}
