using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Audit;
using Portal.Core.Content;
using Portal.Processes.Content;
using Portal.Processes.Recipes;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.OpenData;

/// <summary>« Télécharger le dossier »: a valid Word document with real headings, header rows, stamps and every published proposition.</summary>
public sealed class DossierTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Slug = "assemblee-citoyenne-departementale-2022-2023";

    [Fact]
    public async Task The_dossier_is_valid_word_with_headings_tables_stamps_and_every_proposition()
    {
        await PublishApprovedResponseAsync(new DateTime(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc));
        var response = await factory.GetOkAsync($"/demarches/{Slug}/dossier.docx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        using var document = WordprocessingDocument.Open(stream, isEditable: false);

        var errors = new OpenXmlValidator().Validate(document, TestContext.Current.CancellationToken).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        var body = document.MainDocumentPart!.Document!.Body!;
        string? StyleOf(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var headings1 = body.Elements<Paragraph>().Where(p => StyleOf(p) == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Equal(["Fiche d'identité", "Mandat de participation", "Composition du panel", "Intervenants", "Avis des citoyens", "Propositions et réponses", "Évaluation"], headings1);
        var styles = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        Assert.Equal(0, styles["Heading1"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);

        var tables = body.Elements<Table>().ToList();
        Assert.NotEmpty(tables);
        Assert.All(tables, t => Assert.NotNull(t.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>()));
        Assert.Contains(body.Elements<Paragraph>(), p => StyleOf(p) == "Stamp" && p.InnerText.StartsWith("✓ Validé par le ", StringComparison.Ordinal) && p.InnerText.EndsWith(" le 20 novembre 2026", StringComparison.Ordinal));

        var codes = (await factory.GetCsvAsync("/donnees/propositions.csv")).Skip(1).Where(r => r[0] == Slug).Select(r => r[1]).ToList();
        Assert.NotEmpty(codes);
        var headings2 = body.Elements<Paragraph>().Where(p => StyleOf(p) == "Heading2").Select(p => p.InnerText).ToList();
        Assert.All(codes, code => Assert.Contains(headings2, h => h.StartsWith(code + " — ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_dossier_is_served_from_the_cache_until_its_process_publishes_again()
    {
        const string path = $"/demarches/{Slug}/dossier.docx";
        const string marker = "Motivation republiée DOSSIER-CACHE-3";
        await factory.GetOkAsync(path);
        Assert.NotNull((await factory.GetOkAsync(path)).Headers.Age);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
            var ct = TestContext.Current.CancellationToken;
            var id = ProcessItemIds.Response(ProcessItemIds.Proposition("demo-departement-assemblee-citoyenne-2022", "NUM-3"));
            var published = (await store.GetPublishedAsync(id, ct))!;
            var draft = (await store.SaveDraftAsync(id, store.Read<Response>(published) with { Motivation = marker }, "editeur", published.ConcurrencyStamp, ct)).Version!;
            Assert.DoesNotContain(marker, await DossierTextAsync(path), StringComparison.Ordinal);
            Assert.True((await store.PublishAsync(id, draft.Version, "editeur", cancellationToken: ct)).Succeeded);
        }

        var after = await factory.GetOkAsync(path);
        Assert.Null(after.Headers.Age);
        Assert.Contains(marker, await DossierTextAsync(path), StringComparison.Ordinal);
    }

    private async Task<string> DossierTextAsync(string path)
    {
        using var stream = new MemoryStream(await (await factory.GetOkAsync(path)).Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return document.MainDocumentPart!.Document!.Body!.InnerText;
    }

    /// <summary>A response validated by the COPIL, as the workflow publishes it: its stamp must reach the dossier.</summary>
    private async Task PublishApprovedResponseAsync(DateTime approvedUtc)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
        var ct = TestContext.Current.CancellationToken;
        var id = ProcessItemIds.Response(ProcessItemIds.Proposition("demo-departement-assemblee-citoyenne-2022", "NUM-2"));
        var published = (await store.GetPublishedAsync(id, ct))!;
        var draft = (await store.SaveDraftAsync(id, store.Read<Response>(published) with { Motivation = published.DisplayText + " (validée)" }, "editeur", published.ConcurrencyStamp, ct)).Version!;
        Assert.True((await store.PublishAsync(id, draft.Version, "editeur", null, new PublicationEntry(AuditActions.Published, ApprovedUtc: approvedUtc), ct)).Succeeded);
    }

    [Fact]
    public async Task The_process_page_offers_the_dossier_and_its_data()
    {
        var page = await factory.GetDocumentAsync($"/demarches/{Slug}");

        Assert.NotNull(page.QuerySelector($"a[href='/demarches/{Slug}/dossier.docx']"));
        Assert.NotNull(page.QuerySelector($"a[href='/donnees/demarches/{Slug}.zip']"));
    }
}
