using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Identity;
using MimeKit;
using Portal.Core.Audit;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Security;

/// <summary>A lockout by failed attempts cannot go unnoticed: the holder is told by e-mail, once, and the lock is audited.</summary>
public sealed class LockoutNoticeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Guess = "Mot-de-passe-devine-42";

    [Fact]
    public async Task Failures_that_lock_an_account_mail_its_holder_once_and_are_audited()
    {
        using var account = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        using var attacker = new BrowserlessUser(factory);

        // Five failures lock the account; two more while it is locked must not announce it again.
        for (var i = 0; i < 7; i++)
        {
            var failed = await attacker.SubmitAsync("/admin/connexion", "main form", new() { ["Email"] = account.Email, ["Password"] = Guess });
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        var mail = Assert.Single(MailsTo(account.Email), m => (m.Subject ?? string.Empty).Contains("verrouillé", StringComparison.Ordinal));
        var body = mail.TextBody ?? string.Empty;
        Assert.Contains("après 5 tentatives de connexion échouées", body, StringComparison.Ordinal);
        Assert.Contains(PortalFactoryBase.PublicUrl + "/admin/mot-de-passe-oublie", body, StringComparison.Ordinal);
        Assert.Contains("prévenez l'administrateur", body, StringComparison.Ordinal);
        Assert.DoesNotContain(Guess, body + mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("reinitialiser?", body, StringComparison.Ordinal);

        await using var scope = factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(account.Email);
        var entries = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<AuditEntry>().AsNoTracking()
            .Where(e => e.ContentItemId == user!.Id && e.ContentType == AuditSubject.AccountType)
            .Select(e => new { e.Action, e.Actor }).ToListAsync(TestContext.Current.CancellationToken);
        var entry = Assert.Single(entries, e => e.Action == AuditActions.AccountLockedOut);
        Assert.Equal(LockoutNotice.PortalActor, entry.Actor);
    }

    [Fact]
    public async Task Failures_below_the_limit_send_nothing()
    {
        using var account = await BrowserlessUser.SignedInAsync(factory, PortalRoles.CopilMember);
        using var visitor = new BrowserlessUser(factory);

        for (var i = 0; i < 4; i++)
        {
            await visitor.SubmitAsync("/admin/connexion", "main form", new() { ["Email"] = account.Email, ["Password"] = Guess });
        }

        Assert.Empty(MailsTo(account.Email));
    }

    private List<MimeMessage> MailsTo(string address)
    {
        var folder = Path.Combine(factory.DataPath, "mail");
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder).Select(f => MimeMessage.Load(f)).Where(m => m.To.Mailboxes.Any(to => to.Address == address)).ToList()
            : [];
    }
}
