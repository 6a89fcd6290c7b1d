using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Identity;
using Portal.Processes.Content;
using Portal.Search.Indexing;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Workflows;

/// <summary>
/// A real-size release through the real pages: 1,000 propositions with their responses imported from a CSV file,
/// submitted as one lot, validated by two COPIL members and published by one action. Nothing is public before the
/// publication, everything after; the path takes a handful of form posts and a few e-mails per person.
/// </summary>
public abstract class LotAtVolumeTests(PortalFactoryBase factory) : IAsyncLifetime
{
    private const int Count = 1000;
    private const string Marker = "zorglubtransparence";
    private readonly PortalFactoryBase _factory = factory;
    private int _posts;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_thousand_propositions_go_public_through_one_lot_in_a_few_posts_and_mails()
    {
        var (processId, slug) = await PublishedProcessAsync();
        using var editor = await SignedInAsync(PortalRoles.Editor);
        using var member1 = await SignedInAsync(PortalRoles.CopilMember);
        using var member2 = await SignedInAsync(PortalRoles.CopilMember);

        // Import: analyse, then commit.
        var import = $"/admin/demarches/{processId}/import";
        var analysed = await BrowserlessUser.ParseAsync(import, await UploadAsync(editor, import, Csv()));
        Assert.Contains($"{Count} proposition(s) lue(s)", analysed.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        var committed = await PostAsync(editor, analysed, "form[action*='handler=Commit']", []);
        Assert.Contains($"{Count} ligne(s) importée(s)", (await editor.FollowJobAsync(committed)).Job, StringComparison.Ordinal);

        await AssertPublicCountAsync(slug, 0);

        // One lot with every draft of the process.
        var newLot = await editor.GetAsync($"/admin/lots/nouveau?demarche={processId}");
        var lotJob = await editor.FollowJobAsync(await PostAsync(editor, newLot, "#nouveau-lot", new() { ["nom"] = "Réponses du 20 octobre" }));
        Assert.Contains($"{2 * Count} élément(s) du lot", lotJob.Job, StringComparison.Ordinal);
        var lotPage = lotJob.Result!;

        // Each member approves once, from the lot's page.
        foreach (var member in new[] { member1, member2 })
        {
            var page = await member.GetAsync(lotPage);
            Assert.Contains($"{2 * Count}", page.QuerySelector("dl.summary")!.TextContent, StringComparison.Ordinal);
            var form = page.QuerySelectorAll("form.workflow-action").Single(f => f.QuerySelector("input[name=transition]")!.GetAttribute("value") == "valider");
            var done = await member.FollowJobAsync(await PostAsync(member, page, $"#{form.Id}", []));
            Assert.DoesNotContain("Rien n'a été changé", done.Job, StringComparison.Ordinal);
        }

        await AssertPublicCountAsync(slug, 0);

        // One publication.
        var approved = await editor.GetAsync(lotPage);
        var publish = approved.QuerySelectorAll("form.workflow-action").Single(f => f.QuerySelector("input[name=transition]")!.GetAttribute("value") == "publier");
        var published = await editor.FollowJobAsync(await PostAsync(editor, approved, $"#{publish.Id}", []));
        Assert.Contains("Publié", published.Job, StringComparison.Ordinal);

        await AssertPublicCountAsync(slug, Count);
        Assert.True(_posts <= 10, $"{_posts} form posts");
        var perPerson = MailPerPerson();
        Assert.NotEmpty(perPerson);
        Assert.All(perPerson, p => Assert.True(p.Value <= 4, $"{p.Key} received {p.Value} e-mails"));
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>What the public sees of the process: its page, the proposition permalinks, the sitemap and search.</summary>
    private async Task AssertPublicCountAsync(string slug, int expected)
    {
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SearchIndexer>().CatchUpAsync(Ct);
        }

        using var client = _factory.CreateClient();
        var page = await _factory.GetDocumentAsync($"/demarches/{slug}");
        Assert.Contains($"Propositions ({expected})", page.QuerySelector("#propositions")?.TextContent ?? $"Propositions (0)", StringComparison.Ordinal);
        foreach (var code in new[] { "V-0001", "V-0500", $"V-{Count:0000}" })
        {
            var permalink = await client.GetAsync(new Uri($"/demarches/{slug}/propositions/{code}", UriKind.Relative), Ct);
            Assert.Equal(expected == 0 ? HttpStatusCode.NotFound : HttpStatusCode.OK, permalink.StatusCode);
        }

        var sitemap = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative), Ct));
        Assert.Equal(expected, sitemap.Descendants(XName.Get("loc", "http://www.sitemaps.org/schemas/sitemap/0.9"))
            .Count(l => l.Value.Contains($"/demarches/{slug}/propositions/", StringComparison.Ordinal)));
        using var search = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/v1/search?q={Marker}&type=proposition", UriKind.Relative), Ct));
        Assert.Equal(expected, search.RootElement.GetProperty("total").GetInt32());
    }

    private async Task<(string Id, string Slug)> PublishedProcessAsync()
    {
        const string id = "consultation-volume";
        const string slug = "consultation-a-mille-propositions";
        await using var scope = _factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
        var created = await store.CreateAsync(
            new NewContentItem(new Process("Consultation à mille propositions", slug, "Une consultation nationale.", "Ministère", "France", [], new DateOnly(2026, 1, 1)), "recette") { ContentItemId = id }, Ct);
        Assert.True((await store.PublishAsync(id, created.Version!.Version, "recette", cancellationToken: Ct)).Succeeded);
        return (id, slug);
    }

    /// <summary>1,000 propositions, each with a response: accents, quotes, commas and line breaks, as real exports carry.</summary>
    private static byte[] Csv()
    {
        var csv = new StringBuilder("code;titre;texte;thème;décision;motivation;instance\n");
        for (var i = 1; i <= Count; i++)
        {
            var decision = (i % 3) switch { 0 => "retenue", 1 => "retenue-partiellement", _ => "non-retenue" };
            csv.Append(CultureInfo.InvariantCulture, $"V-{i:0000};Proposition n° {i} « {Marker} »;\"Texte de la proposition {i} : l'État, les régions ; {Marker}.\nDeuxième ligne.\";Thème {i % 12};{decision};\"Motivée, point par point ({i}).\";Conseil départemental\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private async Task<BrowserlessUser> SignedInAsync(string role)
    {
        _posts++;
        return await BrowserlessUser.SignedInAsync(_factory, role);
    }

    private async Task<HttpResponseMessage> PostAsync(BrowserlessUser user, AngleSharp.Dom.IDocument page, string form, Dictionary<string, string> values)
    {
        _posts++;
        return await user.SubmitAsync(page, form, values);
    }

    private async Task<HttpResponseMessage> UploadAsync(BrowserlessUser user, string path, byte[] file)
    {
        _posts++;
        var page = await user.GetAsync(path);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(page.QuerySelector("#import-fichier input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken");
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(content, "Fichier", "consultation.csv");
        return await user.Client.PostAsync(new Uri($"{path}?handler=Analyse", UriKind.Relative), form, Ct);
    }

    private Dictionary<string, int> MailPerPerson()
    {
        var folder = Path.Combine(_factory.DataPath, "mail");
        return (Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [])
            .Select(f => MimeKit.MimeMessage.Load(f).To.Mailboxes.Single().Address)
            .GroupBy(a => a).ToDictionary(g => g.Key, g => g.Count());
    }
}

public sealed class SqliteLotAtVolumeTests() : LotAtVolumeTests(new PortalFactory());

public sealed class PostgreSqlLotAtVolumeTests() : LotAtVolumeTests(new PostgreSqlPortalFactory());
