using System.IO.Compression;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Cli;
using Portal.Sortition.Drawing;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Sortition;

/// <summary>
/// The demo's completed draw, as a visitor of the demo site finds it: the département's assembly on its public
/// draw page, and the kit anyone can download and verify against that page.
/// </summary>
public sealed class DemoDrawTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Page = "/demarches/assemblee-citoyenne-departementale-2022-2023/tirage";

    [Fact]
    public async Task Demo_draw_page_shows_108_members_108_substitutes_and_a_commitment_public_before_its_randomness()
    {
        var page = await factory.GetDocumentAsync(Page);

        var lists = page.QuerySelectorAll("section[aria-labelledby=resultat] ol.ids");
        Assert.Equal(2, lists.Length);
        Assert.Equal(108, lists[0].QuerySelectorAll("li").Length);
        Assert.Equal(108, lists[1].QuerySelectorAll("li").Length);
        Assert.Equal("Titulaires (108)", page.QuerySelectorAll("section[aria-labelledby=resultat] h3")[0].TextContent);
        var published = Assert.Single(PublishedCommitment.FromPage(page.DocumentElement.OuterHtml));
        Assert.Equal(new DateTime(2021, 12, 6, 14, 0, 0, DateTimeKind.Utc), published.PublishedUtc);
        Assert.Equal(new DateTime(2021, 12, 17, 9, 0, 0, DateTimeKind.Utc), published.RandomnessUtc);
        Assert.True(published.PublishedUtc < published.RandomnessUtc);
        Assert.Equal("le 6 décembre 2021 à 15 h 00 (heure de Paris)", page.QuerySelector("#engagement-publie")!.TextContent);
        Assert.Null(page.QuerySelector("#resultat-refuse"));

        // One member and one substitute in each of the 108 cells: 27 cantons × 2 genres × 2 age bands.
        var strata = page.QuerySelectorAll("section[aria-labelledby=chances] tbody tr");
        Assert.Equal(108, strata.Length);
        Assert.All(strata, row => Assert.Equal(["1", "1"], row.QuerySelectorAll("td").Skip(1).Take(2).Select(td => td.TextContent)));
        Assert.Equal(1236, strata.Sum(row => int.Parse(row.QuerySelector("td")!.TextContent.Replace("\u202F", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Demo_kit_downloads_from_the_demo_site_and_verifies_against_its_page()
    {
        var ct = TestContext.Current.CancellationToken;
        var html = (await factory.GetDocumentAsync(Page)).DocumentElement.OuterHtml;
        var link = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("a[href$='/tirage/kit.zip']")!.GetAttribute("href")!;
        using var client = factory.CreateClient();
        var zip = await client.GetByteArrayAsync(new Uri(link, UriKind.Relative), ct);

        Assert.True(KitVerifier.VerifyFile(new MemoryStream(zip), PublishedCommitment.FromPage(html)).Verified);
        using (var archive = new ZipArchive(new MemoryStream(zip)))
        {
            using var reader = new StreamReader(archive.GetEntry(KitFiles.PoolName)!.Open());
            var pool = Pool.FromCsv(await reader.ReadToEndAsync(ct));
            Assert.Equal(1236, pool.Volunteers.Count);
            Assert.Equal(["canton", "genre", "tranche d'âge"], pool.Features);
        }

        // The command a journalist runs, with the kit and a saved copy of the page.
        var folder = Directory.CreateTempSubdirectory("portal-demo-draw-").FullName;
        try
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, "kit.zip"), zip, ct);
            await File.WriteAllTextAsync(Path.Combine(folder, "tirage.html"), html, ct);
            var output = new StringWriter();
            var command = factory.Services.GetServices<ICliCommand>().Single(c => c.Group == "sortition");
            var exit = await command.RunAsync(["verify", "--kit", Path.Combine(folder, "kit.zip"), "--page", Path.Combine(folder, "tirage.html")], new CliConsole(TextReader.Null, output, output), ct);
            Assert.True(exit == 0, output.ToString());
            Assert.Contains("Résultat : le tirage est vérifié.", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
