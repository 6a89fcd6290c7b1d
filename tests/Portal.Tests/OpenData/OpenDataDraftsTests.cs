using System.IO.Compression;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Processes.Content;
using Portal.Processes.Recipes;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.OpenData;

/// <summary>Drafts, versions in review and who wrote them appear in no open-data file, dossier, report, API answer or feed.</summary>
public sealed class OpenDataDraftsTests : IAsyncLifetime
{
    private const string DraftMarker = "BROUILLON-JAMAIS-OUVERT";
    private const string ReviewMarker = "EN-REVUE-JAMAIS-OUVERT";
    private const string Author = "auteur.prive@exemple.fr";
    private const string ProcessId = "demo-departement-assemblee-citoyenne-2022";
    private const string Slug = "assemblee-citoyenne-departementale-2022-2023";
    private readonly PortalFactory _factory = new();

    public async ValueTask InitializeAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
        var ct = TestContext.Current.CancellationToken;

        // A new draft of a published proposition, and a draft proposition with a draft response.
        var propositionId = ProcessItemIds.Proposition(ProcessId, "TEJ-1");
        var published = (await store.GetPublishedAsync(propositionId, ct))!;
        Assert.True((await store.SaveDraftAsync(propositionId, store.Read<Proposition>(published) with { Text = DraftMarker }, Author, published.ConcurrencyStamp, ct)).Succeeded);
        var newId = ProcessItemIds.Proposition(ProcessId, "BR-1");
        await store.CreateAsync(new NewContentItem(new Proposition("BR-1", DraftMarker, DraftMarker, DraftMarker), Author) { ContentItemId = newId, ProcessId = ProcessId }, ct);
        await store.CreateAsync(new NewContentItem(new Response("retenue", DraftMarker, DraftMarker, [new Commitment(DraftMarker)]), Author) { ContentItemId = ProcessItemIds.Response(newId), ProcessId = ProcessId, ContainerId = newId }, ct);

        // A published response's new version, in review; a draft follow-up of a published proposition.
        var responseId = ProcessItemIds.Response(ProcessItemIds.Proposition(ProcessId, "NUM-1"));
        var response = (await store.GetPublishedAsync(responseId, ct))!;
        var inReview = (await store.SaveDraftAsync(responseId, store.Read<Response>(response) with { Motivation = ReviewMarker }, Author, response.ConcurrencyStamp, ct)).Version!;
        Assert.True((await store.FreezeAsync(responseId, inReview.Version, inReview.ConcurrencyStamp, ct)).Succeeded);
        var num1 = ProcessItemIds.Proposition(ProcessId, "NUM-1");
        await store.CreateAsync(new NewContentItem(new FollowUp(new DateOnly(2026, 11, 1), "en-cours", DraftMarker, []), Author) { ContentItemId = ProcessItemIds.FollowUp(num1, 99), ProcessId = ProcessId, ContainerId = num1 }, ct);

        // A process never published, with a speaker.
        await store.CreateAsync(new NewContentItem(new Process(DraftMarker, "demarche-jamais-publiee", DraftMarker, DraftMarker, DraftMarker, [DraftMarker], new DateOnly(2026, 1, 1)), Author) { ContentItemId = "jamais" }, ct);
        await store.CreateAsync(new NewContentItem(new Speaker(DraftMarker, DraftMarker, DraftMarker, DraftMarker, DraftMarker, DraftMarker), Author) { ContentItemId = "jamais/intervenant/x", ProcessId = "jamais" }, ct);
    }

    [Fact]
    public async Task No_file_api_answer_or_feed_shows_a_draft_a_review_or_an_author()
    {
        var paths = OpenDataClient.DatasetNames.SelectMany(d => new[] { $"/donnees/{d}.csv", $"/donnees/{d}.json", OpenDataClient.SchemaPath(d) })
            .Concat([
                "/donnees", "/donnees/catalogue.jsonld", $"/donnees/demarches/{Slug}.recette.json",
                "/api/v1/demarches", $"/api/v1/demarches/{Slug}", $"/api/v1/demarches/{Slug}/propositions", $"/api/v1/demarches/{Slug}/propositions?decision=aucun",
                $"/api/v1/demarches/{Slug}/propositions/TEJ-1", $"/api/v1/demarches/{Slug}/propositions/NUM-1",
                "/flux.atom", $"/demarches/{Slug}/flux.atom", $"/demarches/{Slug}/propositions/NUM-1/flux.atom", $"/demarches/{Slug}/propositions/TEJ-1/flux.atom",
                "/recherche/flux.atom?q=jamais+ouvert", "/recherche/flux.atom",
            ]);
        foreach (var path in paths)
        {
            AssertClean(path, await _factory.GetTextAsync(path));
        }

        var zip = await (await _factory.GetOkAsync($"/donnees/demarches/{Slug}.zip")).Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        using var archive = new ZipArchive(new MemoryStream(zip));
        foreach (var entry in archive.Entries)
        {
            AssertClean(entry.FullName, await new StreamReader(entry.Open()).ReadToEndAsync(TestContext.Current.CancellationToken));
        }

        using var client = _factory.CreateClient();
        foreach (var path in new[] { "/api/v1/demarches/demarche-jamais-publiee", $"/api/v1/demarches/{Slug}/propositions/BR-1", "/donnees/demarches/demarche-jamais-publiee.zip", "/donnees/demarches/demarche-jamais-publiee.recette.json", "/demarches/demarche-jamais-publiee/flux.atom", $"/demarches/{Slug}/propositions/BR-1/flux.atom" })
        {
            Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
        }
    }

    [Fact]
    public async Task No_dossier_report_or_search_answer_shows_a_draft_a_review_or_an_author()
    {
        var reports = (await _factory.GetDocumentAsync($"/demarches/{Slug}/rapports")).QuerySelectorAll("a[href*='/rapport-propositions.']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(reports);
        foreach (var path in reports.Prepend($"/demarches/{Slug}/dossier.pdf").Prepend($"/demarches/{Slug}/dossier.docx"))
        {
            var bytes = await (await _factory.GetOkAsync(path)).Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
            var text = path.Contains(".docx", StringComparison.Ordinal) ? WordText(bytes) : PdfText(bytes);
            Assert.True(!path.Contains("/dossier.", StringComparison.Ordinal) || text.Contains("TEJ-1 — ", StringComparison.Ordinal), $"{path} holds the published TEJ-1");
            AssertClean(path, text);
        }

        foreach (var path in new[] { "/api/v1/search?q=TEJ-1", "/api/v1/search?q=NUM-1&type=reponse", "/recherche/export.csv?q=TEJ-1", "/recherche/export.csv?q=jamais", "/recherche?q=NUM-1" })
        {
            AssertClean(path, await _factory.GetTextAsync(path));
        }
    }

    [Fact]
    public async Task A_process_recipe_names_no_unpublished_committee_member()
    {
        var recipe = await _factory.GetJsonAsync("/donnees/demarches/vivre-demain-territoire-2036.recette.json");
        var copil = recipe["steps"]!.AsArray().Single(s => (string?)s!["name"] == "committees")!["committees"]!.AsArray().Single(c => (string?)c!["kind"] == "copil")!;
        var seats = copil["seats"]!.AsArray();

        Assert.Equal(4, seats.Count);
        Assert.Equal("Siège non publié", (string?)seats.Single(s => !(bool)s!["public"]!)!["name"]);
        Assert.DoesNotContain("Membre fictif non publié", recipe.ToJsonString(), StringComparison.Ordinal);
        Assert.All(seats, s => Assert.Null(s!["userName"]));
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    private static void AssertClean(string path, string body)
    {
        Assert.False(body.Contains(DraftMarker, StringComparison.Ordinal), $"{path} shows draft text");
        Assert.False(body.Contains(ReviewMarker, StringComparison.Ordinal), $"{path} shows text under review");
        Assert.False(body.Contains(Author, StringComparison.Ordinal), $"{path} names an author");
        Assert.False(body.Contains("admin@exemple.fr", StringComparison.Ordinal), $"{path} names an account");
    }

    private static string WordText(byte[] bytes)
    {
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
        return document.MainDocumentPart!.Document!.Body!.InnerText;
    }

    private static string PdfText(byte[] bytes)
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        return string.Join("\n", pdf.GetPages().Select(p => p.Text));
    }
}
