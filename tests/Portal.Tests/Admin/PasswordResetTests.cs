using System.Net;
using System.Text.RegularExpressions;
using MimeKit;
using Portal.Core.Identity;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

/// <summary>Forgotten password: a one-time link by e-mail, the same answer for unknown addresses.</summary>
public sealed partial class PasswordResetTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Reset_link_from_the_email_sets_a_new_password_once()
    {
        using var account = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        using var visitor = new BrowserlessUser(factory);

        var asked = await visitor.SubmitAsync("/admin/mot-de-passe-oublie", "main form", new() { ["Email"] = account.Email });
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var mail = Directory.GetFiles(Path.Combine(factory.DataPath, "mail")).Select(f => MimeMessage.Load(f))
            .Single(m => m.To.Mailboxes.Any(to => to.Address == account.Email));
        var link = new Uri(ResetLink().Match(mail.TextBody ?? string.Empty).Value).PathAndQuery;

        var reset = await visitor.SubmitAsync(link, "main form", new() { ["Password"] = "Tout-nouveau-mot-de-passe-9" });
        var done = await BrowserlessUser.ParseAsync(link, reset);
        Assert.Contains("a été changé", done.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);

        var oldPassword = await visitor.SubmitAsync("/admin/connexion", "main form", new() { ["Email"] = account.Email, ["Password"] = "Un-mot-de-passe-solide-1" });
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
        var newPassword = await visitor.SubmitAsync("/admin/connexion", "main form", new() { ["Email"] = account.Email, ["Password"] = "Tout-nouveau-mot-de-passe-9" });
        Assert.Equal(HttpStatusCode.Redirect, newPassword.StatusCode);

        var reused = await visitor.SubmitAsync(link, "main form", new() { ["Password"] = "Encore-un-autre-mot-de-passe-9" });
        Assert.Contains("plus valable", (await BrowserlessUser.ParseAsync(link, reused)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_address_gets_the_same_answer_and_no_email()
    {
        using var visitor = new BrowserlessUser(factory);
        var folder = Path.Combine(factory.DataPath, "mail");
        var before = Directory.Exists(folder) ? Directory.GetFiles(folder).Length : 0;

        var asked = await visitor.SubmitAsync("/admin/mot-de-passe-oublie", "main form", new() { ["Email"] = "personne@exemple.fr" });

        var page = await BrowserlessUser.ParseAsync("/admin/mot-de-passe-oublie", asked);
        Assert.Contains("Si un compte correspond", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, Directory.Exists(folder) ? Directory.GetFiles(folder).Length : 0);
    }

    [GeneratedRegex(@"https?://\S+/admin/reinitialiser\?\S+")]
    private static partial Regex ResetLink();
}
