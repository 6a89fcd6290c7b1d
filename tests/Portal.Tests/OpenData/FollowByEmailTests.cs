using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Audit;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.OpenData.Following;
using Portal.Processes.Content;
using Portal.Processes.Recipes;
using Portal.Tests.Email;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.OpenData;

/// <summary>Following a process or a proposition by e-mail, without an account, over a real SMTP exchange.</summary>
public sealed partial class FollowByEmailTests(SmtpPortalFactory factory) : IClassFixture<SmtpPortalFactory>
{
    private const string ProcessId = "demo-departement-assemblee-citoyenne-2022";
    private const string Slug = "assemblee-citoyenne-departementale-2022-2023";

    [Fact]
    public async Task Nothing_is_sent_before_confirmation_and_the_confirmation_link_works_once()
    {
        const string address = "optin@exemple.fr";
        await FollowAsync(address, $"/demarches/{Slug}/suivre?proposition=TEJ-1");
        var confirmation = await OnlyMailToAsync(address);
        Assert.StartsWith("Confirmez le suivi", confirmation.Subject, StringComparison.Ordinal);

        await PublishFollowUpAsync("TEJ-1", 301, new DateOnly(2026, 10, 1));
        await SendDigestsAsync();
        Assert.Single(MailsTo(address));

        var link = ConfirmLink(confirmation.TextBody!);
        using var visitor = new BrowserlessUser(factory);
        var first = await BrowserlessUser.ParseAsync(link, await visitor.SubmitAsync(link, "main form", new()));
        Assert.Contains("Votre suivi est confirmé", first.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        var again = await visitor.GetAsync(link);
        var second = await BrowserlessUser.ParseAsync(link, await visitor.SubmitAsync(again, "main form", new()));
        Assert.Contains("n'est plus valable", second.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_digest_after_a_publication_holds_the_item_and_a_one_click_unsubscription_but_never_a_draft()
    {
        const string address = "digest@exemple.fr";
        await FollowAndConfirmAsync(address, "TEJ-3");

        await PublishFollowUpAsync("TEJ-3", 302, new DateOnly(2026, 11, 27));
        await DraftFollowUpAsync("TEJ-3", 303, new DateOnly(2031, 1, 2));
        await SendDigestsAsync();

        var digest = (await WaitForMailsToAsync(address, 2))[^1];
        Assert.Equal(2, MailsTo(address).Count);
        Assert.StartsWith("Nouvelles publications : la proposition TEJ-3", digest.Subject, StringComparison.Ordinal);
        Assert.Contains("Suivi de la proposition TEJ-3", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("27 novembre 2026", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains($"{PortalFactoryBase.PublicUrl}/demarches/{Slug}/propositions/TEJ-3", digest.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("2031", digest.TextBody, StringComparison.Ordinal);
        var unsubscribe = digest.Headers["List-Unsubscribe"]!.Trim('<', '>');
        Assert.StartsWith(PortalFactoryBase.PublicUrl + "/suivre/desabonnement?jeton=", unsubscribe, StringComparison.Ordinal);
        Assert.Contains(unsubscribe, digest.TextBody, StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", digest.Headers["List-Unsubscribe-Post"]);
    }

    [Fact]
    public async Task The_one_click_post_of_a_mail_program_unsubscribes_and_nothing_more_is_sent()
    {
        const string address = "unsubscribe@exemple.fr";
        await FollowAndConfirmAsync(address, "TEJ-4");
        await PublishFollowUpAsync("TEJ-4", 304, new DateOnly(2026, 11, 20));
        await SendDigestsAsync();
        var digest = (await WaitForMailsToAsync(address, 2))[^1];
        var before = MailsTo(address).Count;

        // What a mail program sends (RFC 8058): no cookie, no form token.
        using var client = factory.CreateClient();
        var url = new Uri(digest.Headers["List-Unsubscribe"]!.Trim('<', '>'));
        using var body = new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]);
        var answer = await client.PostAsync(new Uri(url.PathAndQuery, UriKind.Relative), body, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);

        await PublishFollowUpAsync("TEJ-4", 305, new DateOnly(2026, 11, 21));
        await SendDigestsAsync();
        Assert.Equal(before, MailsTo(address).Count);
    }

    [Fact]
    public async Task Daily_and_weekly_followers_hear_of_a_publication_at_their_next_seven_oclock_in_paris_and_not_before()
    {
        const string daily = "quotidien@exemple.fr";
        const string weekly = "hebdomadaire@exemple.fr";
        var ct = TestContext.Current.CancellationToken;
        var propositionId = ProcessItemIds.Proposition(ProcessId, "NUM-4");

        // Tuesday 8 December 2026, 9:00 in Paris (UTC+1): one follows NUM-4 daily, the other the whole process weekly; a
        // follow-up of NUM-4 is published at 11:00.
        var clock = new FixedClock(new DateTimeOffset(2026, 12, 8, 8, 0, 0, TimeSpan.Zero));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var registry = ActivatorUtilities.CreateInstance<FollowRegistry>(scope.ServiceProvider, clock);
            foreach (var (address, proposition, frequency) in new[] { (daily, propositionId, FollowFrequency.Daily), (weekly, (string?)null, FollowFrequency.Weekly) })
            {
                var (_, token) = await registry.RequestAsync(address, ProcessId, proposition, frequency, ct);
                Assert.NotNull(await registry.ConfirmAsync(token, ct));
            }

            clock.Now = clock.Now.AddHours(2);
            var store = ActivatorUtilities.CreateInstance<ContentStore>(scope.ServiceProvider, clock);
            var id = ProcessItemIds.FollowUp(propositionId, 310);
            var created = await store.CreateAsync(new NewContentItem(new FollowUp(new DateOnly(2026, 12, 8), "en-cours", "Marché notifié", []), "editeur") { ContentItemId = id, ProcessId = ProcessId, ContainerId = propositionId }, ct);
            Assert.True((await store.PublishAsync(id, created.Version!.Version, "editeur", cancellationToken: ct)).Succeeded);
        }

        // A follower whose turn has not come is left as it was (nothing sent, nothing marked as sent).
        var consent = new DateTime(2026, 12, 8, 8, 0, 0, DateTimeKind.Utc);
        await SendDigestsAtAsync(clock, new DateTimeOffset(2026, 12, 9, 5, 59, 0, TimeSpan.Zero));
        Assert.Equal([consent, consent], [await DigestedUntilAsync(daily), await DigestedUntilAsync(weekly)]);

        // Wednesday 7:01 in Paris: the daily follower's message.
        await SendDigestsAtAsync(clock, new DateTimeOffset(2026, 12, 9, 6, 1, 0, TimeSpan.Zero));
        await WaitForMailsToAsync(daily, 2);
        Assert.Contains("Suivi de la proposition NUM-4 : En cours (8 décembre 2026)", Assert.Single(MailsTo(daily), IsDigest).TextBody, StringComparison.Ordinal);
        Assert.Equal(consent, await DigestedUntilAsync(weekly));

        // Monday 14 December: still nothing at 6:59, the weekly follower's message at 7:01; the daily one has nothing new.
        await SendDigestsAtAsync(clock, new DateTimeOffset(2026, 12, 14, 5, 59, 0, TimeSpan.Zero));
        Assert.Equal(consent, await DigestedUntilAsync(weekly));
        await SendDigestsAtAsync(clock, new DateTimeOffset(2026, 12, 14, 6, 1, 0, TimeSpan.Zero));
        await WaitForMailsToAsync(weekly, 2);
        Assert.Contains("Suivi de la proposition NUM-4 : En cours (8 décembre 2026)", Assert.Single(MailsTo(weekly), IsDigest).TextBody, StringComparison.Ordinal);
        Assert.Single(MailsTo(daily), IsDigest);
    }

    [Fact]
    public async Task A_known_and_an_unknown_address_get_the_same_answer()
    {
        const string known = "known@exemple.fr";
        await FollowAndConfirmAsync(known, "TEJ-5");

        var knownPage = await FollowAsync(known, $"/demarches/{Slug}/suivre?proposition=TEJ-5");
        var unknownPage = await FollowAsync("unknown@exemple.fr", $"/demarches/{Slug}/suivre?proposition=TEJ-5");

        Assert.Equal(MainText(knownPage), MainText(unknownPage));
        await WaitForMailsToAsync(known, 2);
        await WaitForMailsToAsync("unknown@exemple.fr", 1);
        Assert.Equal(2, MailsTo(known).Count(m => m.Subject!.StartsWith("Confirmez", StringComparison.Ordinal)));
        Assert.Single(MailsTo("unknown@exemple.fr"));
    }

    [Fact]
    public async Task An_invalid_address_is_refused_in_french_with_an_error_summary()
    {
        var page = await FollowAsync("pas-une-adresse", $"/demarches/{Slug}/suivre");

        var summary = page.QuerySelector("[role=alert]")!;
        Assert.Contains("adresse e-mail valide", summary.TextContent, StringComparison.Ordinal);
        Assert.Equal("#Email", summary.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task An_unsubscribed_address_is_erased_thirty_days_later()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var ct = TestContext.Current.CancellationToken;
        long id;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var registry = ActivatorUtilities.CreateInstance<FollowRegistry>(scope.ServiceProvider, clock);
            var (subscription, token) = await registry.RequestAsync("erase@exemple.fr", ProcessId, null, FollowFrequency.Weekly, ct);
            id = subscription.Id;
            Assert.NotNull(await registry.ConfirmAsync(token, ct));
            clock.Now = clock.Now.AddDays(3);
            await registry.UnsubscribeAsync(id, ct);
        }

        clock.Now = clock.Now.AddDays(29);
        Assert.True(await ExistsAfterErasureAsync(clock, id));
        clock.Now = clock.Now.AddDays(1);
        Assert.False(await ExistsAfterErasureAsync(clock, id));
    }

    [Fact]
    public async Task The_administrator_sees_counts_and_exports_addresses_only_with_an_audited_reason()
    {
        await FollowAndConfirmAsync("counted@exemple.fr", "TEJ-2");
        using var admin = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Administrator);

        var page = await admin.GetAsync("/admin/abonnements");
        FollowCounts counts;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            counts = await scope.ServiceProvider.GetRequiredService<FollowRegistry>().CountAsync(TestContext.Current.CancellationToken);
        }

        Assert.True(counts.Active >= 1);
        Assert.Equal(counts.Active.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("#actifs")!.TextContent);
        Assert.DoesNotContain("counted@exemple.fr", page.Body!.TextContent, StringComparison.Ordinal);

        var refused = await admin.SubmitAsync(page, "main form", new() { ["Motif"] = "" });
        Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
        var exported = await admin.SubmitAsync(await admin.GetAsync("/admin/abonnements"), "main form", new() { ["Motif"] = "Réquisition judiciaire n° 2026-123 du parquet" });
        Assert.Equal("text/csv", exported.Content.Headers.ContentType?.MediaType);
        Assert.Contains("counted@exemple.fr", await exported.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.Action == "abonnes-exportes" && e.Comment == "Réquisition judiciaire n° 2026-123 du parquet", TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public async Task The_process_page_and_the_proposition_permalink_link_to_the_follow_form()
    {
        var process = await factory.GetDocumentAsync($"/demarches/{Slug}");
        var proposition = await factory.GetDocumentAsync($"/demarches/{Slug}/propositions/TEJ-2");

        Assert.NotNull(process.QuerySelector($"a[href='/demarches/{Slug}/suivre']"));
        Assert.NotNull(proposition.QuerySelector($"a[href='/demarches/{Slug}/suivre?proposition=TEJ-2']"));
    }

    private async Task<AngleSharp.Dom.IDocument> FollowAsync(string address, string path)
    {
        using var visitor = new BrowserlessUser(factory);
        var response = await visitor.SubmitAsync(path, "main form", new() { ["Email"] = address, ["Frequence"] = "immediat" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await BrowserlessUser.ParseAsync(path, response);
    }

    private async Task FollowAndConfirmAsync(string address, string code)
    {
        var before = MailsTo(address).Count;
        await FollowAsync(address, $"/demarches/{Slug}/suivre?proposition={code}");
        var mails = await WaitForMailsToAsync(address, before + 1);
        var link = ConfirmLink(mails[^1].TextBody!);
        using var visitor = new BrowserlessUser(factory);
        Assert.Equal(HttpStatusCode.OK, (await visitor.SubmitAsync(link, "main form", new())).StatusCode);
    }

    private async Task<MimeKit.MimeMessage> OnlyMailToAsync(string address) => Assert.Single(await WaitForMailsToAsync(address, 1));

    private async Task<List<MimeKit.MimeMessage>> WaitForMailsToAsync(string address, int count)
    {
        for (var i = 0; i < 100 && MailsTo(address).Count < count; i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        return MailsTo(address);
    }

    private List<MimeKit.MimeMessage> MailsTo(string address) =>
        [.. factory.Smtp.Received.Where(r => r.EnvelopeRecipients.Contains(address)).Select(r => r.Message)];

    private static string ConfirmLink(string text) => ConfirmPattern().Match(text).Value[PortalFactoryBase.PublicUrl.Length..];

    private static string MainText(AngleSharp.Dom.IDocument page) => page.QuerySelector("main")?.TextContent ?? page.Body!.TextContent;

    private async Task SendDigestsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<FollowDigest>().SendDueAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>The digest round as the leader node runs it, at the given instant.</summary>
    private async Task SendDigestsAtAsync(FixedClock clock, DateTimeOffset now)
    {
        clock.Now = now;
        await using var scope = factory.Services.CreateAsyncScope();
        await ActivatorUtilities.CreateInstance<FollowDigest>(scope.ServiceProvider, clock).SendDueAsync(TestContext.Current.CancellationToken);
    }

    private async Task<DateTime?> DigestedUntilAsync(string address)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<FollowSubscription>()
            .Where(s => s.Email == address).Select(s => s.DigestedUntilUtc).SingleAsync(TestContext.Current.CancellationToken);
    }

    private static bool IsDigest(MimeKit.MimeMessage message) => message.Subject!.StartsWith("Nouvelles publications", StringComparison.Ordinal);

    private async Task<bool> ExistsAfterErasureAsync(TimeProvider clock, long id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await ActivatorUtilities.CreateInstance<FollowRegistry>(scope.ServiceProvider, clock).EraseExpiredAsync(TestContext.Current.CancellationToken);
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<FollowSubscription>().AnyAsync(s => s.Id == id, TestContext.Current.CancellationToken);
    }

    private async Task PublishFollowUpAsync(string code, int number, DateOnly date)
    {
        var ct = TestContext.Current.CancellationToken;
        var (store, id, created) = await CreateFollowUpAsync(code, number, date);
        Assert.True((await store.Store.PublishAsync(id, created.Version!.Version, "editeur", cancellationToken: ct)).Succeeded);
        await store.DisposeAsync();
    }

    private async Task DraftFollowUpAsync(string code, int number, DateOnly date)
    {
        var (store, _, _) = await CreateFollowUpAsync(code, number, date);
        await store.DisposeAsync();
    }

    private async Task<(ScopedStore Store, string Id, ContentResult Created)> CreateFollowUpAsync(string code, int number, DateOnly date)
    {
        var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
        var propositionId = ProcessItemIds.Proposition(ProcessId, code);
        var id = ProcessItemIds.FollowUp(propositionId, number);
        var followUp = new FollowUp(date, "en-cours", "Travaux engagés", []);
        var created = await store.CreateAsync(new NewContentItem(followUp, "editeur") { ContentItemId = id, ProcessId = ProcessId, ContainerId = propositionId }, TestContext.Current.CancellationToken);
        return (new ScopedStore(scope, store), id, created);
    }

    private sealed record ScopedStore(AsyncServiceScope Scope, ContentStore Store) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Scope.DisposeAsync();
    }

    [GeneratedRegex(@"https://participation\.exemple\.fr/suivre/confirmer\?jeton=\S+")]
    private static partial Regex ConfirmPattern();
}
