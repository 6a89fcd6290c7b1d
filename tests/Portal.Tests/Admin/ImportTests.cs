using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Processes.Imports;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Processes.Content;
using Portal.Processes.Recipes;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

/// <summary>Propositions imported from real spreadsheets and Word reports: preview, line errors, all or nothing.</summary>
public sealed class ImportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Process = "demo-cu-vivre-demain-2036";

    [Theory]
    [InlineData("ccc-2020-propositions-suivi", "propositions.csv", 152, "C1.1")]
    [InlineData("decidim-grand-debat-2019-lille-nancy", "lille_propositions.csv", 196, "457")]
    [InlineData("decidim-grand-debat-2019-lille-nancy", "nancy_propositions.csv", 69, "425")]
    public async Task Real_exports_are_read_line_by_line(string dataSet, string file, int rows, string firstCode)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(SharedData.Folder(dataSet), file), TestContext.Current.CancellationToken);
        var process = await NewProcessAsync();

        var preview = await AnalyseAsync(file, bytes, process);

        Assert.Empty(preview.FileErrors);
        Assert.Equal(rows, preview.Rows.Count);
        Assert.Equal(firstCode, preview.Rows[0].Proposition.Code);
        Assert.All(preview.Rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Proposition.Title)));
        Assert.True(preview.CanCommit, string.Join("; ", preview.Rows.Where(r => !r.IsValid).SelectMany(r => r.Errors.Select(e => $"{r.Line}: {e}"))));
    }

    [Fact]
    public async Task Windows_1252_file_with_commas_keeps_its_accents()
    {
        var csv = "code,titre,texte,thème,décision,motivation,instance\r\nA-1,Rénover les écoles,Écoles à rénover.,Éducation,Retenue,\"Budget voté, travaux en 2027.\",Conseil municipal\r\n";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes(csv);

        var preview = await AnalyseAsync("export.csv", bytes, await NewProcessAsync());

        var row = Assert.Single(preview.Rows);
        Assert.Equal("Rénover les écoles", row.Proposition.Title);
        Assert.Equal("Éducation", row.Proposition.Theme);
        Assert.Equal("retenue", row.Response!.Decision);
        Assert.Equal("Budget voté, travaux en 2027.", row.Response.Motivation);
        Assert.True(row.IsValid);
    }

    [Fact]
    public async Task A_bad_line_is_reported_with_its_number_and_nothing_is_written()
    {
        var csv = "code;titre;texte;theme;decision;motivation;instance\nB-1;Un;Texte un;T;retenue;Parce que.;Conseil\nB-2;Deux;Texte deux;T;peut-etre;;Conseil\nB-1;Trois;Texte trois;T;;;\n";
        var process = await NewProcessAsync();
        var before = await CountAsync(process);

        var preview = await AnalyseAsync("erreurs.csv", Encoding.UTF8.GetBytes(csv), process);
        await using var scope = factory.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<PropositionImport>().CommitAsync(preview, process, "test", TestContext.Current.CancellationToken);

        Assert.False(preview.CanCommit);
        Assert.Equal([3, 4], preview.Rows.Where(r => !r.IsValid).Select(r => r.Line));
        Assert.Contains(preview.Rows[1].Errors, e => e.Contains("décision inconnue « peut-etre »", StringComparison.Ordinal));
        Assert.Contains(preview.Rows[1].Errors, e => e.Contains("motivation", StringComparison.Ordinal));
        Assert.Contains(preview.Rows[2].Errors, e => e.Contains("en double", StringComparison.Ordinal));
        Assert.Equal(ContentOutcome.InvalidState, outcome);
        Assert.Equal(before, await CountAsync(process));
    }

    [Fact]
    public async Task A_failure_during_commit_rolls_back_every_line()
    {
        var csv = "code;titre;texte;theme\nC-1;Un;Texte;T\nC-2;Deux;Texte;T\nC-3;Trois;Texte;T\n";
        var process = await NewProcessAsync();
        var preview = await AnalyseAsync("course.csv", Encoding.UTF8.GetBytes(csv), process);
        Assert.True(preview.CanCommit);

        // Another editor creates C-3 between the preview and the commit.
        await using (var other = factory.Services.CreateAsyncScope())
        {
            await other.ServiceProvider.GetRequiredService<ContentStore>().CreateAsync(
                new NewContentItem(new Proposition("C-3", "Concurrente", "Texte", "T"), "autre") { ContentItemId = ProcessItemIds.Proposition(process, "C-3"), ProcessId = process },
                TestContext.Current.CancellationToken);
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<PropositionImport>().CommitAsync(preview, process, "test", TestContext.Current.CancellationToken);

        Assert.Equal(ContentOutcome.Conflict, outcome);
        Assert.Equal(1, await CountAsync(process));
        await using var check = factory.Services.CreateAsyncScope();
        Assert.Null(await check.ServiceProvider.GetRequiredService<ContentStore>().GetLatestAsync(ProcessItemIds.Proposition(process, "C-1"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_file_with_more_propositions_than_an_import_takes_is_refused_whole_in_french()
    {
        var docx = WordDocument([.. Enumerable.Range(1, PropositionImport.MaxRows + 1).Select(i => ("ListParagraph", $"Proposition numéro {i}.", true))]);

        var preview = await AnalyseAsync("rapport.docx", docx, await NewProcessAsync());

        Assert.Empty(preview.Rows);
        Assert.False(preview.CanCommit);
        Assert.StartsWith("Ce fichier contient plus de 10", Assert.Single(preview.FileErrors), StringComparison.Ordinal);
        Assert.Equal(PropositionImport.MaxRows, (await AnalyseAsync("rapport.docx", WordDocument([.. Enumerable.Range(1, PropositionImport.MaxRows).Select(i => ("ListParagraph", $"Proposition numéro {i}.", true))]), await NewProcessAsync())).Rows.Count);
    }

    [Fact]
    public async Task A_damaged_word_file_is_refused_in_french_never_with_the_framework_message()
    {
        var preview = await AnalyseAsync("rapport.docx", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x01, 0x02], await NewProcessAsync());

        Assert.Empty(preview.Rows);
        var error = Assert.Single(preview.FileErrors);
        Assert.StartsWith("Fichier illisible", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Central Directory", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Word_report_headings_give_themes_and_numbered_paragraphs_give_propositions()
    {
        var docx = WordDocument(
            ("Heading1", "Se déplacer", false),
            ("Normal", "Introduction sans numéro.", false),
            ("ListParagraph", "Créer des pistes cyclables sûres. Elles relieront les communes.", true),
            ("Normal", "2. Développer le covoiturage domicile-travail.", false),
            ("Titre1", "Se nourrir", false),
            ("ListParagraph", "Servir des repas locaux dans les cantines.", true));

        var preview = await AnalyseAsync("rapport.docx", docx, await NewProcessAsync());

        Assert.Equal(3, preview.Rows.Count);
        Assert.Equal(["Se déplacer", "Se déplacer", "Se nourrir"], preview.Rows.Select(r => r.Proposition.Theme));
        Assert.Equal("Créer des pistes cyclables sûres", preview.Rows[0].Proposition.Title);
        Assert.Equal("Développer le covoiturage domicile-travail.", preview.Rows[1].Proposition.Text);
        Assert.Equal(["P-1", "P-2", "P-3"], preview.Rows.Select(r => r.Proposition.Code));
    }

    [Fact]
    public async Task Editor_uploads_previews_and_commits_a_file_through_the_page()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var process = await NewProcessAsync();
        var page = await editor.GetAsync($"/admin/demarches/{process}/import");
        var token = page.QuerySelector("form[enctype] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("code;titre;texte;theme\nD-1;Un;Texte un;T\nD-2;Deux;Texte deux;T\n")), "Fichier", "deux.csv" },
        };

        var analysed = await editor.Client.PostAsync(new Uri($"/admin/demarches/{process}/import?handler=Analyse", UriKind.Relative), upload, TestContext.Current.CancellationToken);
        var preview = await BrowserlessUser.ParseAsync($"/admin/demarches/{process}/import", analysed);
        Assert.Contains("2 proposition(s) lue(s)", preview.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(process));

        var committed = await editor.FollowJobAsync(await editor.SubmitAsync(preview, "form[action*=Commit]", []));

        Assert.Contains("2 ligne(s) importée(s) en brouillon", committed.Job, StringComparison.Ordinal);
        Assert.Equal(2, await CountAsync(process));
    }

    [Fact]
    public async Task The_uploaded_file_is_deleted_once_the_import_is_committed_or_abandoned()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var process = await NewProcessAsync();

        var committed = await UploadAsync(editor, process, "code;titre;texte\nF-1;Un;Texte un\n");
        var committedFile = UploadedFile(committed);
        Assert.True(File.Exists(committedFile));
        var job = await editor.FollowJobAsync(await editor.SubmitAsync(committed, "form[action*=Commit]", []));
        Assert.Contains("1 ligne(s) importée(s) en brouillon", job.Job, StringComparison.Ordinal);
        Assert.Equal($"/admin/demarches/{process}?enregistre=1", job.Result);
        Assert.False(File.Exists(committedFile), "deleted after the commit");

        var abandoned = await UploadAsync(editor, process, "code;titre;texte\nF-2;Deux;Texte deux\n");
        var abandonedFile = UploadedFile(abandoned);
        Assert.True(File.Exists(abandonedFile));
        var answer = await BrowserlessUser.ParseAsync($"/admin/demarches/{process}/import", await editor.SubmitAsync(abandoned, "form[action*=Abandon]", []));
        Assert.False(File.Exists(abandonedFile), "deleted when the import is abandoned");
        Assert.Contains("Import abandonné", answer.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(process));
    }

    [Fact]
    public async Task The_preview_page_lists_every_column_and_names_the_ignored_ones()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var process = await NewProcessAsync();

        var preview = await UploadAsync(editor, process, "code;titre;texte;nb_commentaires\nG-1;Un;Texte un;4\n");

        var table = preview.QuerySelector("table.import-colonnes")!;
        Assert.Equal("Colonnes du fichier et ce qu'elles remplissent", table.QuerySelector("caption")!.TextContent);
        Assert.Equal(["code:code", "titre:titre", "texte:texte", "nb_commentaires:ignorée"],
            table.QuerySelectorAll("tbody tr").Select(r => r.QuerySelector("th")!.TextContent + ":" + r.QuerySelector("td")!.TextContent));
        Assert.Equal("Colonnes ignorées : « nb_commentaires ».", preview.QuerySelector(".import-ignorees")!.TextContent);
        await editor.SubmitAsync(preview, "form[action*=Abandon]", []);
    }

    [Fact]
    public async Task Votes_date_author_kind_and_source_show_on_the_public_permalink()
    {
        var ct = TestContext.Current.CancellationToken;
        var process = await NewProcessAsync();
        var preview = await AnalyseAsync("origine.csv", Encoding.UTF8.GetBytes(
            "code;titre;texte;pour;contre;abstentions;date de dépôt;type d'auteur;source\nO-1;Origine;Texte.;120;30;5;2019-01-17;Association;https://participation.exemple.fr/p/1\n"), process);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.Equal(ContentOutcome.Ok, await scope.ServiceProvider.GetRequiredService<PropositionImport>().CommitAsync(preview, process, "test", ct));
            var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
            Assert.True((await store.PublishAsync(process, 1, "test", cancellationToken: ct)).Succeeded);
            Assert.True((await store.PublishAsync(ProcessItemIds.Proposition(process, "O-1"), 1, "test", cancellationToken: ct)).Succeeded);
        }

        var page = await factory.GetDocumentAsync($"/demarches/{process}/propositions/O-1");

        Assert.Contains("Votes : 120 pour, 30 contre, 5 abstentions (155 votants).", page.QuerySelector("article.proposition")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Origine de la proposition", page.QuerySelector("h2 + dl.proposition-origine")!.PreviousElementSibling!.TextContent);
        var facts = page.QuerySelectorAll("dl.proposition-origine dt").Select(dt => dt.TextContent + " : " + dt.NextElementSibling!.TextContent.Trim()).ToList();
        Assert.Equal(["Date de dépôt : 17 janvier 2019", "Type d'auteur : Organisation (association, entreprise…)", "Source : Voir la proposition d'origine (O-1)"], facts);
        Assert.Equal("2019-01-17", page.QuerySelector("dl.proposition-origine time")!.GetAttribute("datetime"));
        Assert.Equal("https://participation.exemple.fr/p/1", page.QuerySelector("dl.proposition-origine a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_save_that_meets_a_busy_database_answers_503_in_French_and_keeps_the_text()
    {
        var ct = TestContext.Current.CancellationToken;
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var process = await NewProcessAsync();
        var form = await editor.GetAsync($"/admin/contenu/modifier?id={process}");

        // Another writer holds SQLite's one write lock past the busy timeout (a long import would, before batches).
        await using (var blocker = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(factory.DataPath, "portal.db")}"))
        {
            await blocker.OpenAsync(ct);
            await using var hold = blocker.CreateCommand();
            hold.CommandText = "BEGIN IMMEDIATE;";
            await hold.ExecuteNonQueryAsync(ct);

            var answer = await editor.SubmitAsync(form, "form.stacked-form", new() { ["summary"] = "Résumé écrit pendant l'import." });

            Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
            var page = await BrowserlessUser.ParseAsync($"/admin/contenu/modifier?id={process}", answer);
            Assert.Contains("Réessayez dans quelques secondes", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
            Assert.Equal("Résumé écrit pendant l'import.", page.QuerySelector("textarea[name=summary]")!.TextContent);
            hold.CommandText = "ROLLBACK;";
            await hold.ExecuteNonQueryAsync(ct);
        }

        var retried = await editor.SubmitAsync(form, "form.stacked-form", new() { ["summary"] = "Résumé écrit pendant l'import." });
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
    }

    private static async Task<AngleSharp.Dom.IDocument> UploadAsync(BrowserlessUser editor, string process, string csv)
    {
        var page = await editor.GetAsync($"/admin/demarches/{process}/import");
        var token = page.QuerySelector("form[enctype] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Propositions"), "Contenu" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "Fichier", "import.csv" },
        };
        var analysed = await editor.Client.PostAsync(new Uri($"/admin/demarches/{process}/import?handler=Analyse", UriKind.Relative), upload, TestContext.Current.CancellationToken);
        return await BrowserlessUser.ParseAsync($"/admin/demarches/{process}/import", analysed);
    }

    private string UploadedFile(AngleSharp.Dom.IDocument preview) =>
        Path.Combine(factory.DataPath, "imports", preview.QuerySelector("form[action*=Commit] input[name=Upload]")!.GetAttribute("value") + ".bin");

    private async Task<string> NewProcessAsync()
    {
        var id = "import-" + Guid.NewGuid().ToString("N")[..8];
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ContentStore>().CreateAsync(
            new NewContentItem(new Process("Import", id, "Résumé", "Org", "Terr", [], new DateOnly(2026, 1, 1)), "test") { ContentItemId = id },
            TestContext.Current.CancellationToken);
        return id;
    }

    private async Task<ImportPreview> AnalyseAsync(string file, byte[] bytes, string process)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PropositionImport>().AnalyseAsync(file, bytes, process, TestContext.Current.CancellationToken);
    }

    private async Task<int> CountAsync(string process)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.ContentItemVersions.CountAsync(v => v.ProcessId == process && v.ContentType == "Proposition", TestContext.Current.CancellationToken);
    }

    private static byte[] WordDocument(params (string Style, string Text, bool Numbered)[] paragraphs)
    {
        const string w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        var body = string.Concat(paragraphs.Select(p =>
            $"<w:p><w:pPr><w:pStyle w:val=\"{p.Style}\"/>{(p.Numbered ? "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>" : string.Empty)}</w:pPr><w:r><w:t>{System.Security.SecurityElement.Escape(p.Text)}</w:t></w:r></w:p>"));
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"{w}\"><w:body>{body}</w:body></w:document>");
        }

        return stream.ToArray();
    }
}
