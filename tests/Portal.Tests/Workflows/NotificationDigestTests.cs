using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Notifications;

namespace Portal.Tests.Workflows;

/// <summary>A member who chose the daily summary gets one e-mail a morning for all the events, others one per event.</summary>
public sealed class NotificationDigestTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [DatabaseEngines]
    public async Task A_daily_digest_member_gets_one_summary_instead_of_a_mail_per_event(DatabaseEngine engine)
    {
        await using var bench = await WorkflowBench.CreateAsync(engine);
        await using (var scope = bench.Database.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<NotificationOutbox>().SetDigestAsync(WorkflowBench.Copil1.Name, dailyDigest: true, Ct);
        }

        var mail = Path.Combine(bench.Database.Folder, "mail");
        var first = await bench.CreatePagesAsync(3);
        await bench.SubmitLotAsync(first, name: "Lot du matin");
        await bench.SubmitLotAsync([await bench.CreatePageAsync(id: "page-soir")], name: "Lot du soir");

        var immediate = await MailAsync(mail);
        Assert.DoesNotContain(immediate, m => m.To == WorkflowBench.Copil1.Name);
        Assert.Equal(2, immediate.Count(m => m.To == WorkflowBench.Copil2.Name));

        await using var send = bench.Database.Scope();
        Assert.Equal(1, await send.ServiceProvider.GetRequiredService<DailyDigest>().SendAsync(Ct));

        var summary = Assert.Single(await MailAsync(mail), m => m.To == WorkflowBench.Copil1.Name);
        Assert.Contains("2 notification(s)", summary.Subject, StringComparison.Ordinal);
        Assert.Contains("Lot du matin", summary.Body, StringComparison.Ordinal);
        Assert.Contains("Lot du soir", summary.Body, StringComparison.Ordinal);
        Assert.Equal(0, await send.ServiceProvider.GetRequiredService<NotificationOutbox>().PendingCountAsync(WorkflowBench.Copil1.Name, Ct));
        Assert.Equal(0, await send.ServiceProvider.GetRequiredService<DailyDigest>().SendAsync(Ct));
    }

    [Theory]
    [InlineData("2026-11-28T05:59:00Z", 1)]
    [InlineData("2026-11-28T06:00:00Z", 24 * 60)]
    [InlineData("2026-07-01T04:30:00Z", 30)]
    public void The_summary_goes_at_seven_in_Paris_winter_and_summer(string utc, int minutesLeft)
    {
        var now = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(TimeSpan.FromMinutes(minutesLeft), DailyDigestService.UntilNextMorning(now));
    }

    private static async Task<List<(string To, string Subject, string Body)>> MailAsync(string folder)
    {
        var messages = new List<(string, string, string)>();
        foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [])
        {
            var message = await MimeKit.MimeMessage.LoadAsync(file, Ct);
            messages.Add((message.To.Mailboxes.Single().Address, message.Subject ?? string.Empty, message.TextBody ?? string.Empty));
        }

        return messages;
    }
}
