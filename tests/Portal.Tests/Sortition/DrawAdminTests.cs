using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Sortition.Drawing;
using Portal.Sortition.Storage;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Sortition;

/// <summary>The back-office draw screens: prepare with a method, watch the progress, reveal, download the kit.</summary>
public sealed class DrawAdminTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    // The demo's département already has its completed draw (recipe step « draws »): these draws are made for the other demo process.
    private const string Slug = "vivre-demain-territoire-2036";

    [Fact]
    public async Task Administrator_prepares_a_leximin_draw_sees_it_progress_reveals_it_and_downloads_the_kit()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Administrator);
        var raw = SyntheticPools.Random(60, features: 3, seed: 903);
        var quotas = SyntheticPools.ReferenceQuotas(SyntheticPools.Import(raw), panelSize: 10, substitutes: 2);

        var form = await admin.GetAsync("/admin/tirages/preparer");
        Assert.NotNull(form.QuerySelector("input[type=radio][name=Methode][value=Leximin][checked]"));
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(Slug), "Demarche" },
            { new StringContent("tirage Euromillions du 1er décembre 2026"), "Regle" },
            { new StringContent("Leximin"), "Methode" },
            { new StringContent("2"), "BudgetMinutes" },
            { new ByteArrayContent(Hashes.Utf8.GetBytes(raw)), "Vivier", "vivier.csv" },
            { new ByteArrayContent(QuotasJson.ToBytes(quotas)), "Quotas", "quotas.json" },
        };

        // First the preview: each column declared public or private, contact columns private by default.
        var previewed = await admin.Client.PostAsync(new Uri("/admin/tirages/preparer", UriKind.Relative), upload, ct);
        var preview = await BrowserlessUser.ParseAsync("/admin/tirages/preparer", previewed);
        Assert.NotNull(preview.QuerySelector("#apercu-colonnes"));
        Assert.Null(preview.QuerySelector("#apercu-colonnes input[value=nom][checked]"));
        Assert.Null(preview.QuerySelector("#apercu-colonnes input[value=email][checked]"));
        Assert.NotNull(preview.QuerySelector("#apercu-colonnes input[value=critère1][checked]"));
        var posted = await admin.SubmitAsync(preview, "#preparer-tirage", []);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var detail = posted.Headers.Location!.OriginalString;
        Assert.StartsWith("/admin/tirages/", detail, StringComparison.Ordinal);

        // The background worker commits it; until then the public page shows nothing of it.
        var committed = false;
        for (var k = 0; k < 120 && !committed; k++)
        {
            var page = await admin.GetAsync(detail);
            committed = page.QuerySelector("#etat-tirage")!.TextContent == "Engagé, en attente de l'aléa public";
            if (!committed)
            {
                Assert.NotNull(page.QuerySelector("progress#avancement"));
                await Task.Delay(500, ct);
            }
        }

        Assert.True(committed, "Le calcul LEXIMIN n'a pas abouti en 60 s.");
        var list = await admin.GetAsync("/admin/tirages");
        // LEXIMIN's table is committed only when it improves on maximin's once rounded; the list says which one it is.
        Assert.Contains(list.QuerySelectorAll("tbody tr"), r => (r.TextContent.Contains("LEXIMIN", StringComparison.Ordinal) || r.TextContent.Contains("Maximin", StringComparison.Ordinal)) && r.TextContent.Contains("Engagé", StringComparison.Ordinal));

        // The reveal is refused while the commitment is not public; the COPIL review shows the hash, the rule and that no draw was made.
        var tooEarly = await admin.SubmitAsync(detail, "#reveler-tirage", new() { ["Alea"] = "5 12 23 34 45 ★ 2 11", ["DateAlea"] = ParisNow() });
        Assert.Contains("n'est pas public", (await BrowserlessUser.ParseAsync(detail, tooEarly)).QuerySelector(".alert-error")!.TextContent, StringComparison.Ordinal);
        var review = await admin.GetAsync(detail);
        Assert.Equal("Non", review.QuerySelector("#tirage-deja-fait")!.TextContent);
        Assert.NotEmpty(review.QuerySelector("#engagement-empreinte code")!.TextContent);
        Assert.Contains("Non publié", review.QuerySelector("#publication-etat")!.TextContent, StringComparison.Ordinal);
        await DrawPublishing.PublishThroughCopilAsync(factory.Services, detail["/admin/tirages/".Length..]);
        Assert.StartsWith("Publié", (await admin.GetAsync(detail)).QuerySelector("#publication-etat")!.TextContent, StringComparison.Ordinal);

        await Task.Delay(TimeSpan.FromSeconds(1.1), ct);
        var revealed = await admin.SubmitAsync(detail, "#reveler-tirage", new() { ["Alea"] = "5 12 23 34 45 ★ 2 11", ["DateAlea"] = ParisNow() });
        Assert.Equal(HttpStatusCode.OK, revealed.StatusCode);
        var after = await BrowserlessUser.ParseAsync(detail, revealed);
        Assert.True(after.QuerySelector("#etat-tirage")!.TextContent == "Tiré (résultat publié)", after.QuerySelector(".alert")?.TextContent);
        Assert.StartsWith("Oui : tirage n° 1", after.QuerySelector("#tirage-deja-fait")!.TextContent, StringComparison.Ordinal);
        var kit = await admin.Client.GetAsync(new Uri(detail + "?handler=Kit", UriKind.Relative), ct);
        Assert.Equal("application/zip", kit.Content.Headers.ContentType!.MediaType);
        var verified = KitVerifier.Verify(VerificationKit.Read(await kit.Content.ReadAsStreamAsync(ct)));
        Assert.True(verified.Success, string.Join('\n', verified.Lines));

        var publicPage = await factory.GetDocumentAsync($"/demarches/{Slug}/tirage");
        Assert.Contains("Loterie équitable", publicPage.QuerySelector("section[aria-labelledby=methode]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("prive.example", publicPage.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"mode\": \"minmax\", ", "n'est pas un JSON bien formé")]
    [InlineData("{ \"mode\": \"minmax\", \"panelSize\": \"dix\" }", "Fichier illisible")]
    public async Task Unreadable_quotas_are_refused_in_french_never_with_the_framework_message(string quotas, string expected)
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Administrator);
        var form = await admin.GetAsync("/admin/tirages/preparer");
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(Slug), "Demarche" },
            { new StringContent("tirage Euromillions du 1er décembre 2026"), "Regle" },
            { new StringContent("Leximin"), "Methode" },
            { new StringContent("2"), "BudgetMinutes" },
            { new ByteArrayContent(Hashes.Utf8.GetBytes(SyntheticPools.Random(30, features: 2, seed: 7))), "Vivier", "vivier.csv" },
            { new ByteArrayContent(Hashes.Utf8.GetBytes(quotas)), "Quotas", "quotas.json" },
        };
        var preview = await BrowserlessUser.ParseAsync("/admin/tirages/preparer", await admin.Client.PostAsync(new Uri("/admin/tirages/preparer", UriKind.Relative), upload, ct));

        var refused = await admin.SubmitAsync(preview, "#preparer-tirage", []);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var text = (await BrowserlessUser.ParseAsync("/admin/tirages/preparer", refused)).QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains(expected, text, StringComparison.Ordinal);
        foreach (var english in new[] { "LineNumber", "BytePosition", "Path: $", "requires an element", "was not present", "is an invalid" })
        {
            Assert.DoesNotContain(english, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Running_preparation_shows_its_percentage_and_message_and_stays_off_the_public_page()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Administrator);
        var draw = new SortitionDraw
        {
            ProcessSlug = "demarche-en-calcul",
            Method = DrawMethod.Leximin,
            Status = DrawStatus.Running,
            ProgressPercent = 37,
            StatusMessage = "LEXIMIN : niveau 4, 120 volontaires sur 300 ont leur probabilité fixée",
            PoolCsv = "id,genre\n",
            QuotasJson = "{}",
            BudgetSeconds = 600,
            CreatedUtc = DateTime.UtcNow,
        };
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.Add(draw);
            await db.SaveChangesAsync(ct);
        }

        var page = await admin.GetAsync($"/admin/tirages/{draw.Id}");

        Assert.Equal("Calcul en cours", page.QuerySelector("#etat-tirage")!.TextContent);
        Assert.Equal("37", page.QuerySelector("progress#avancement")!.GetAttribute("value"));
        Assert.Equal("37 %", page.QuerySelector("#avancement-texte")!.TextContent);
        Assert.Contains("niveau 4", page.QuerySelector("#message-tirage")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#reveler-tirage"));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.False(await scope.ServiceProvider.GetRequiredService<SortitionService>().HasPublicDrawAsync("demarche-en-calcul", ct));
        }
    }

    /// <summary>The form's datetime-local value: now, in Paris time, to the second.</summary>
    private static string ParisNow() =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, Portal.Core.Text.French.Paris).ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}
