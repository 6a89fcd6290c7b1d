using System.IO.Compression;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Cli;
using Portal.Sortition.Drawing;
using Portal.Sortition.Storage;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Sortition;

/// <summary>The public draw page and its kit: commitment, seed, composition, and never a volunteer's contact details.</summary>
public sealed class PublicDrawPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    // The demo's département already has its completed draw (recipe step « draws »): these draws are made for the other demo process.
    private const string Slug = "vivre-demain-territoire-2036";

    [Fact]
    public async Task Draw_page_shows_commitment_seed_composition_and_kit_without_personal_data()
    {
        var ct = TestContext.Current.CancellationToken;
        string drawId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var service = scope.ServiceProvider.GetRequiredService<SortitionService>();
            var prepared = await service.PrepareAsync(new DrawRequest(Slug, Hashes.Utf8.GetBytes(SyntheticPools.HauteGaronne(800, seed: 41)), DrawFixtures.HauteGaronneQuotas,
                "tirage Euromillions du 1er décembre 2026", null, """{"genre":{"femme":51.8,"homme":48.2}}"""), ct);
            Assert.True(prepared.Success, string.Join('\n', prepared.Messages));
            drawId = prepared.DrawId!;

            // Not public yet: the reveal is refused.
            var early = await service.RevealAsync(drawId, "5 12 23 34 45 ★ 2 11", DateTime.UtcNow, ct);
            Assert.False(early.Success);
        }

        // Nothing of the draw is public until the COPIL has validated its publication.
        using (var anonymous = factory.CreateClient())
        {
            var before = await factory.GetDocumentAsync($"/demarches/{Slug}/tirage");
            Assert.Contains("Aucun tirage au sort n'a été engagé", before.Body!.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("Euromillions", before.Body.TextContent, StringComparison.Ordinal);
            Assert.Equal(System.Net.HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri($"/demarches/{Slug}/tirage/kit.zip", UriKind.Relative), ct)).StatusCode);
            Assert.Null((await factory.GetDocumentAsync($"/demarches/{Slug}")).QuerySelector($"a[href='/demarches/{Slug}/tirage']"));
        }

        await DrawPublishing.PublishThroughCopilAsync(factory.Services, drawId);
        var committed = await RevealNowAsync(drawId, ct);

        var process = await factory.GetDocumentAsync($"/demarches/{Slug}");
        Assert.NotNull(process.QuerySelector($"section[aria-labelledby=panel] a[href='/demarches/{Slug}/tirage']"));

        var page = await factory.GetDocumentAsync($"/demarches/{Slug}/tirage");

        var html = page.DocumentElement.OuterHtml;
        Assert.Equal("Tirage au sort du panel", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("tirage Euromillions du 1er décembre 2026", html, StringComparison.Ordinal);
        Assert.Contains("51,8 %", html, StringComparison.Ordinal);
        Assert.Equal(108, page.QuerySelectorAll("#resultat ~ ol, section[aria-labelledby=resultat] ol")[0].QuerySelectorAll("li").Length);
        Assert.NotNull(page.QuerySelector($"a[href='/demarches/{Slug}/tirage/kit.zip']"));
        var chances = page.QuerySelectorAll("section[aria-labelledby=chances] tbody tr");
        Assert.Equal(108, chances.Length);
        Assert.Contains(chances, row => row.QuerySelector("th")!.TextContent == "Auterive · femme · 18-44 ans");
        Assert.DoesNotContain("prive.example", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Dupont-Secret", html, StringComparison.Ordinal);

        // The commitment, when it became public and when the randomness did: visible in French and marked for `verify --page`.
        var marked = page.QuerySelector("section[aria-labelledby=engagement] data.tirage-engagement")!;
        Assert.Equal(committed.CommitmentHash, marked.GetAttribute("value"));
        Assert.StartsWith("le ", page.QuerySelector("#engagement-publie")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("le ", page.QuerySelector("#alea-publie")!.TextContent, StringComparison.Ordinal);
        // In Paris time like every other date of the site, and no developer's command in the citizen's reading.
        Assert.EndsWith("(heure de Paris)", page.QuerySelector("#engagement-publie")!.TextContent, StringComparison.Ordinal);
        // A whole word: the draw's pseudonymous codes are random capitals and may well begin with "UTC".
        Assert.DoesNotMatch(@"\bUTC\b", page.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("dotnet run", html, StringComparison.Ordinal);
        var published = Assert.Single(PublishedCommitment.FromPage(html));
        Assert.True(published.PublishedUtc < published.RandomnessUtc);

        using var client = factory.CreateClient();
        var zip = await client.GetByteArrayAsync(new Uri($"/demarches/{Slug}/tirage/kit.zip", UriKind.Relative), ct);
        Assert.True(KitVerifier.VerifyFile(new MemoryStream(zip), [published]).Verified);

        // The journalist's command with a saved copy of the page.
        var folder = Directory.CreateTempSubdirectory("portal-page-").FullName;
        await File.WriteAllBytesAsync(Path.Combine(folder, "kit.zip"), zip, ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "tirage.html"), html, ct);
        var output = new StringWriter();
        var command = factory.Services.GetServices<ICliCommand>().Single(c => c.Group == "sortition");
        var exit = await command.RunAsync(["verify", "--kit", Path.Combine(folder, "kit.zip"), "--page", Path.Combine(folder, "tirage.html")], new CliConsole(TextReader.Null, output, output), ct);
        Directory.Delete(folder, recursive: true);
        Assert.True(exit == 0, output.ToString());
        Assert.Contains("Résultat : le tirage est vérifié.", output.ToString(), StringComparison.Ordinal);
        using var archive = new ZipArchive(new MemoryStream(zip));
        foreach (var entry in archive.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            var text = await reader.ReadToEndAsync(ct);
            Assert.DoesNotContain("prive.example", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Dupont-Secret", text, StringComparison.Ordinal);
        }
    }

    private async Task<SortitionDraw> RevealNowAsync(string drawId, CancellationToken ct)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<SortitionService>();

        // The randomness is dated to the second: let the second of the publication pass.
        await Task.Delay(TimeSpan.FromSeconds(1.1), ct);
        var revealed = await service.RevealAsync(drawId, "5 12 23 34 45 ★ 2 11", DateTime.UtcNow, ct);
        Assert.True(revealed.Success, string.Join('\n', revealed.Messages));
        return (await service.FindAsync(drawId, ct))!;
    }

    [Fact]
    public async Task Unknown_process_has_no_draw_page()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/demarches/inconnue/tirage/kit.zip", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
