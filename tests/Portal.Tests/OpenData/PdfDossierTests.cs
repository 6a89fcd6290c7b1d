using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Portal.OpenData.Dossier;
using Portal.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Portal.Tests.OpenData;

/// <summary>The dossier in PDF (tagged, real text) and the propositions reports per referral, in Word and PDF.</summary>
public sealed class PdfDossierTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Slug = "assemblee-citoyenne-departementale-2022-2023";

    [Fact]
    public async Task The_pdf_dossier_is_tagged_in_french_and_its_text_holds_every_proposition_code()
    {
        var response = await factory.GetOkAsync($"/demarches/{Slug}/dossier.pdf");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));

        var catalog = pdf.Structure.Catalog.CatalogDictionary.Data;
        Assert.True(catalog.ContainsKey("StructTreeRoot"), "a tagged PDF has a structure tree");
        Assert.True(catalog.ContainsKey("MarkInfo"), "a tagged PDF says it is marked");
        Assert.Contains("fr-FR", catalog["Lang"].ToString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(pdf.Information.Title), "the document has a title a reader announces");

        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        foreach (var heading in new[] { "Fiche d'identité", "Composition du panel", "Intervenants", "Propositions et réponses", "Évaluation" })
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }

        var codes = (await factory.GetCsvAsync("/donnees/propositions.csv")).Skip(1).Where(r => r[0] == Slug).Select(r => r[1]).ToList();
        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.Contains(code + " — ", text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_referral_has_its_report_with_exactly_its_propositions()
    {
        var page = await factory.GetDocumentAsync($"/demarches/{Slug}/rapports");
        var names = page.QuerySelectorAll(".report-list > li > h2").Select(h => h.TextContent).ToList();
        Assert.Equal(3, names.Count(n => n.Contains("saisine", StringComparison.OrdinalIgnoreCase)));
        Assert.NotNull(page.QuerySelector($"a[href='/demarches/{Slug}/rapport-propositions.pdf?saisine=saisine-2']"));

        var expected = await RecipeCodesAsync("saisine-2");
        Assert.NotEmpty(expected);
        var response = await factory.GetOkAsync($"/demarches/{Slug}/rapport-propositions.docx?saisine=saisine-2");
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var codes = body.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading2")
            .Select(p => p.InnerText.Split(" — ")[0])
            .ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), codes.Order(StringComparer.Ordinal));

        var summary = body.Elements<Table>().First();
        Assert.Equal(expected.Count, summary.Elements<TableRow>().Count() - 1);

        using var pdf = PdfDocument.Open(await (await factory.GetOkAsync($"/demarches/{Slug}/rapport-propositions.pdf?saisine=saisine-2")).Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        Assert.All(expected, code => Assert.Contains(code + " — ", text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/rapport-propositions.docx?saisine=saisine-inconnue")]
    [InlineData("/dossier.odt")]
    [InlineData("/rapport-propositions.exe")]
    public async Task An_unknown_referral_or_format_is_not_found(string path)
    {
        var response = await factory.CreateClient().GetAsync($"/demarches/{Slug}{path}", TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void Long_paragraphs_and_tables_run_over_pages_without_losing_a_word()
    {
        using var writer = new PdfDossierDocument();
        writer.Title("Essai de mise en page");
        writer.Text(string.Join(' ', Enumerable.Range(0, 1500).Select(i => $"mot{i}")));
        writer.Table(["Code", "Texte"], Enumerable.Range(0, 200).Select(i => (IReadOnlyList<string?>)[$"L-{i}", $"ligne {i} " + new string('x', 120)]));
        writer.Text("Fin du document.");

        using var pdf = PdfDocument.Open(writer.ToBytes("Essai"));
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        Assert.True(pdf.NumberOfPages > 5, $"{pdf.NumberOfPages} pages");
        Assert.Contains("mot1499", text, StringComparison.Ordinal);
        Assert.Contains("L-199", text, StringComparison.Ordinal);
        Assert.Contains("Fin du document.", text, StringComparison.Ordinal);

        // The header row repeats on every page a table continues on.
        Assert.True(pdf.GetPages().Count(p => p.Text.Contains("CodeTexte", StringComparison.Ordinal) || p.Text.Contains("Code Texte", StringComparison.Ordinal)) > 2);
    }

    /// <summary>The codes the demo recipe gives a referral: an independent reading of what the report must hold.</summary>
    private static async Task<List<string>> RecipeCodesAsync(string referral)
    {
        var recipe = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "recipes", "demo.recipe.json"), TestContext.Current.CancellationToken))!;
        return [.. Objects(recipe).Where(o => o["referral"]?.GetValue<string>() == referral && o["code"] is not null).Select(o => o["code"]!.GetValue<string>())];
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => Objects(p.Value))),
        JsonArray a => a.SelectMany(Objects),
        _ => [],
    };
}
