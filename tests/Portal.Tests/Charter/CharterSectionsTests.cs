using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Text;
using Portal.Processes.Content;
using Portal.Search.Indexing;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Charter;

/// <summary>
/// The process page's documents, speakers' pluralism and evaluation, as a visitor reads them on the demo: documents by
/// type with format and size beside every link, pluralism counts equal to the speakers' kinds, the evaluation's four
/// dimensions with the number of respondents beside every survey figure.
/// </summary>
public sealed partial class CharterSectionsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Departement = "/demarches/assemblee-citoyenne-departementale-2022-2023";
    private const string Metropole = "/demarches/vivre-demain-territoire-2036";

    [Fact]
    public async Task Documents_are_listed_by_type_with_format_and_size_beside_every_link()
    {
        var page = await factory.GetDocumentAsync(Departement);
        var section = page.QuerySelector("section[aria-labelledby=documents]")!;

        var headings = section.QuerySelectorAll("h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Délibérations", "Lettres de mission", "Rapports citoyens et avis", "Comptes rendus des séances plénières", "Rapports des garants", "Rapports d'évaluation"], headings);
        var items = section.QuerySelectorAll("li");
        Assert.Equal(7, items.Length);
        foreach (var item in items)
        {
            var link = item.QuerySelector("a[href^='/medias/']")!;
            Assert.Matches(PdfFacts(), item.QuerySelector(".file-facts")!.TextContent);

            // The size shown is the size of the file served.
            using var client = factory.CreateClient();
            var response = await client.GetAsync(new Uri(link.GetAttribute("href")!, UriKind.Relative), TestContext.Current.CancellationToken);
            var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
            Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5), StringComparison.Ordinal);
            Assert.Equal($"(PDF, {French.FileSize(bytes.Length)})", item.QuerySelector(".file-facts")!.TextContent);
        }
    }

    [Fact]
    public async Task An_external_document_shows_the_format_and_size_its_editor_declared()
    {
        var page = await factory.GetDocumentAsync(Metropole);

        var report = page.QuerySelectorAll("section[aria-labelledby=documents] li")
            .Single(li => li.TextContent.Contains("Rapport d'évaluation de la démarche", StringComparison.Ordinal));
        Assert.Equal("(PDF, 1,2 Mo)", report.QuerySelector(".file-facts")!.TextContent);
        Assert.StartsWith("https://", report.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_that_is_not_accessible_says_so_and_whom_to_ask_for_an_accessible_version()
    {
        var page = await factory.GetDocumentAsync(Departement);

        var flagged = page.QuerySelectorAll("section[aria-labelledby=documents] .not-accessible");
        var notice = Assert.Single(flagged);
        Assert.Contains("Document non accessible.", notice.TextContent, StringComparison.Ordinal);
        Assert.Contains("participation@monts-orvale.exemple.fr", notice.TextContent, StringComparison.Ordinal);
        Assert.Contains("Délibération de l'assemblée départementale", notice.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sections_link_their_own_documents_where_the_reader_is()
    {
        var page = await factory.GetDocumentAsync(Departement);

        Assert.Contains("Délibération de l'assemblée départementale", page.QuerySelector("section[aria-labelledby=mandat] .documents")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Avis de l'assemblée citoyenne 2022-2023", page.QuerySelector("section[aria-labelledby=avis] .documents")!.TextContent, StringComparison.Ordinal);
        Assert.Matches(PdfFacts(), page.QuerySelector("section[aria-labelledby=evaluation] .documents .file-facts")!.TextContent);
    }

    [Fact]
    public async Task Pluralism_counts_equal_the_speakers_kinds()
    {
        var speakers = DemoSpeakers("demo-departement-assemblee-citoyenne-2022");
        var page = await factory.GetDocumentAsync(Departement);
        var section = page.QuerySelector("section[aria-labelledby=intervenants]")!;

        var byKind = Rows(section.QuerySelectorAll("table")[0]);
        var expected = speakers.GroupBy(s => SpeakerKinds.Label(s.Kind!)).ToDictionary(g => g.Key, g => g.Count().ToString(French.Culture));
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), byKind.OrderBy(e => e.Key, StringComparer.Ordinal));
        Assert.Equal(speakers.Count, section.QuerySelectorAll(".card").Length);

        var byPosition = Rows(section.QuerySelectorAll("table")[1]);
        Assert.Equal(speakers.Count, byPosition.Values.Sum(int.Parse));
        Assert.Contains("Le collège des garants, sur proposition des trois commissions", section.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_section_says_whose_declaration_of_interests_was_not_collected()
    {
        var page = await factory.GetDocumentAsync(Departement);
        var section = page.QuerySelector("section[aria-labelledby=intervenants]")!;

        Assert.Equal("Aucune déclaration d'intérêts n'a été recueillie pour Sylvie Hennequin.", section.QuerySelector(".notice")!.TextContent.Trim());
        var soulier = section.QuerySelectorAll(".card").Single(c => c.QuerySelector("h3")!.TextContent == "Bernard Soulier");
        var interests = soulier.QuerySelector(".interests")!.TextContent;
        Assert.Contains("Liens déclarés le 20 février 2023", interests, StringComparison.Ordinal);
        Assert.Contains("GAEC Soulier : associé exploitant", interests, StringComparison.Ordinal);
        var marchand = section.QuerySelectorAll(".card").Single(c => c.QuerySelector("h3")!.TextContent == "Élodie Marchand");
        Assert.Contains("Aucun lien déclaré", marchand.QuerySelector(".interests")!.TextContent, StringComparison.Ordinal);

        var metropole = await factory.GetDocumentAsync(Metropole);
        Assert.Equal("Aucune déclaration d'intérêts n'a été recueillie pour les intervenants de cette démarche.",
            metropole.QuerySelector("section[aria-labelledby=intervenants] .notice")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_evaluation_shows_its_four_dimensions_ratings_survey_with_respondents_and_lessons()
    {
        var page = await factory.GetDocumentAsync(Departement);
        var section = page.QuerySelector("section[aria-labelledby=evaluation]")!;

        Assert.Equal(EvaluationDimensions.All.Select(d => d.Label), section.QuerySelectorAll("h4").Select(h => h.TextContent.Trim()));
        Assert.Equal(["Satisfaisant (3 sur 4)", "Perfectible (2 sur 4)", "Perfectible (2 sur 4)", "Satisfaisant (3 sur 4)"],
            section.QuerySelectorAll(".rating").Select(r => r.TextContent.Replace("Appréciation :", string.Empty, StringComparison.Ordinal).Trim()));
        var survey = section.QuerySelectorAll("table tbody tr").ToList();
        Assert.Equal(5, survey.Count);
        Assert.All(survey, row => Assert.Matches(@"^n = \d+$", row.QuerySelectorAll("td")[1].TextContent));
        Assert.Equal("88 %", survey[0].QuerySelector("td")!.TextContent);
        Assert.Equal("n = 86", survey[0].QuerySelectorAll("td")[1].TextContent);
        Assert.Equal("7,8 / 10", survey[4].QuerySelector("td")!.TextContent);
        Assert.Contains("Évaluation indépendante : Collège des garants", section.QuerySelector("dl")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, section.QuerySelectorAll("h3 + ul li").Count(li => li.ParentElement!.PreviousElementSibling!.TextContent == "Enseignements"));
    }

    [Fact]
    public async Task An_evaluation_written_as_free_text_stays_readable_as_its_synthesis()
    {
        var page = await factory.GetDocumentAsync(Metropole);
        var section = page.QuerySelector("section[aria-labelledby=evaluation]")!;

        Assert.Contains("Synthèse", section.QuerySelectorAll("h3").Select(h => h.TextContent), StringComparer.Ordinal);
        Assert.Contains("L'évaluation a été conduite de janvier à mai 2024", section.TextContent, StringComparison.Ordinal);
        Assert.Empty(section.QuerySelectorAll("h4"));
    }

    [Fact]
    public async Task Documents_are_found_by_search_by_their_title()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SearchIndexer>().CatchUpAsync(TestContext.Current.CancellationToken);
        }

        var page = await factory.GetDocumentAsync("/recherche?q=" + Uri.EscapeDataString("plénière d'installation") + "&type=document");

        var hit = page.QuerySelectorAll(".search-results li")[0];
        Assert.Equal("Compte rendu de la plénière d'installation", hit.QuerySelector("h3")!.TextContent.Trim());
        Assert.Equal(Departement + "#documents", hit.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Equal("Document", hit.QuerySelector(".badge")!.TextContent.Trim());
    }

    private static Dictionary<string, string> Rows(IElement table) =>
        table.QuerySelectorAll("tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelector("td")!.TextContent.Trim());

    private static List<(string Name, string? Kind)> DemoSpeakers(string processId)
    {
        using var recipe = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "recipes", "demo.recipe.json")));
        var process = recipe.RootElement.GetProperty("steps").EnumerateArray()
            .Where(s => s.GetProperty("name").GetString() == "processes")
            .SelectMany(s => s.GetProperty("processes").EnumerateArray())
            .Single(p => p.GetProperty("id").GetString() == processId);
        return [.. process.GetProperty("intervenants").EnumerateArray()
            .Select(s => (s.GetProperty("name").GetString()!, s.TryGetProperty("speakerKind", out var k) ? k.GetString() : null))];
    }

    [GeneratedRegex(@"^\(PDF, \d+(,\d)? (ko|Mo)\)$")]
    private static partial Regex PdfFacts();
}
