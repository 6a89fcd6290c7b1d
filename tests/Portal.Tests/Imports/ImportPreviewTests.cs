using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Text;
using Portal.Processes.Content;
using Portal.Processes.Imports;
using Portal.Processes.Recipes;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Imports;

/// <summary>The preview says everything: every column, what it fills, what is ignored, and each line's missing values.</summary>
public sealed class ImportPreviewTests
{
    [Theory, DatabaseEngines]
    public async Task A_column_the_import_does_not_use_is_named_as_ignored(DatabaseEngine engine)
    {
        var bench = await ImportBench.CreateAsync(engine);
        await using var _ = bench.Database;

        var preview = await bench.AnalyseAsync("code;titre;texte;humeur du jour;commentaires\nA-1;Un;Texte un;joyeuse;3\n");

        Assert.True(preview.CanCommit);
        Assert.Equal(["code", "titre", "texte", null, null], preview.Columns.Select(c => c.Field?.Label));
        Assert.Equal(["humeur du jour", "commentaires"], preview.IgnoredColumns);
    }

    [Theory, DatabaseEngines]
    public async Task An_empty_required_column_is_an_error_on_its_line_and_nothing_is_written(DatabaseEngine engine)
    {
        var bench = await ImportBench.CreateAsync(engine);
        await using var _ = bench.Database;

        var preview = await bench.AnalyseAsync("id;title;body\n1;Un;Texte un\n2;Deux;\n3;Trois;   \n");
        var outcome = await bench.CommitAsync(preview, null, TestContext.Current.CancellationToken);

        Assert.False(preview.CanCommit);
        Assert.Equal([3, 4], preview.Rows.Where(r => !r.IsValid).Select(r => r.Line));
        Assert.Equal("Ligne 3 : colonne « body » (texte) vide.", Assert.Single(preview.Rows[1].Errors));
        Assert.Equal(ContentOutcome.InvalidState, outcome);
        Assert.Empty(await bench.VersionsAsync());
    }

    [Theory, DatabaseEngines]
    public async Task A_required_column_missing_from_the_file_is_named_and_nothing_is_read(DatabaseEngine engine)
    {
        var bench = await ImportBench.CreateAsync(engine);
        await using var _ = bench.Database;

        var preview = await bench.AnalyseAsync("id;title;contenu_de_la_proposition\n1;Un;Texte un\n");

        Assert.False(preview.CanCommit);
        Assert.Contains("Colonne obligatoire absente : « texte »", Assert.Single(preview.FileErrors), StringComparison.Ordinal);
        Assert.Contains("contenu_de_la_proposition", preview.FileErrors[0], StringComparison.Ordinal);
    }

    [Theory, DatabaseEngines]
    public async Task Votes_submission_date_author_kind_and_source_are_imported(DatabaseEngine engine)
    {
        var bench = await ImportBench.CreateAsync(engine);
        await using var _ = bench.Database;

        await bench.ImportAsync("code;titre;texte;pour;contre;abstentions;date de dépôt;type d'auteur;source\n"
            + "V-1;Un;Texte;120;30;5;2019-01-17 10:22:33 UTC;Association;https://participation.exemple.fr/propositions/1\n"
            + "V-2;Deux;Texte;;;;17/02/2019;citoyen;\n");

        var first = await bench.LatestAsync<Proposition>(ProcessItemIds.Proposition(bench.Process, "V-1"));
        Assert.Equal(new PlenaryVote(120, 30, 5), first.Vote);
        Assert.Equal(new DateOnly(2019, 1, 17), first.SubmittedOn);
        Assert.Equal("organisation", first.AuthorKind);
        Assert.Equal("https://participation.exemple.fr/propositions/1", first.SourceUrl);
        var second = await bench.LatestAsync<Proposition>(ProcessItemIds.Proposition(bench.Process, "V-2"));
        Assert.Null(second.Vote);
        Assert.Equal(new DateOnly(2019, 2, 17), second.SubmittedOn);
        Assert.Equal("citoyen", second.AuthorKind);
        Assert.Null(second.SourceUrl);
    }

    [Theory, DatabaseEngines]
    public async Task An_unknown_author_kind_or_a_bad_count_is_a_line_error(DatabaseEngine engine)
    {
        var bench = await ImportBench.CreateAsync(engine);
        await using var _ = bench.Database;

        var preview = await bench.AnalyseAsync("code;texte;pour;type d'auteur\nW-1;Texte;douze;citoyen\nW-2;Texte;3;martien\n");

        Assert.Contains("Ligne 2 : colonne « pour » (votes pour) : nombre entier attendu, lu « douze ».", preview.Rows[0].Errors);
        Assert.Contains(preview.Rows[1].Errors, e => e.StartsWith("Ligne 3 : colonne « type d'auteur » : type d'auteur « martien » inconnu ; possibles : « Citoyen ou citoyenne »", StringComparison.Ordinal));
    }

    [Fact]
    public void A_single_line_break_is_rendered_as_a_line_break_and_a_blank_line_as_a_paragraph()
    {
        var markdown = ImportText.Markdown("Constat :\r\n- premier point\r\nsecond point\r\n\r\nDeuxième paragraphe.");

        var html = MarkdownRenderer.Render(markdown).ToString()!;

        Assert.Contains("second point", html, StringComparison.Ordinal);
        Assert.Matches("premier point<br />\\s*second point", html);
        Assert.Contains("- premier point", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<li>", html, StringComparison.Ordinal);
        Assert.Contains("<p>Deuxième paragraphe.</p>", html, StringComparison.Ordinal);
    }

    [Theory, DatabaseEngines]
    public async Task Single_line_breaks_of_real_Decidim_bodies_are_kept_once_rendered(DatabaseEngine engine)
    {
        var file = Path.Combine(SharedData.Folder("decidim-grand-debat-2019-lille-nancy"), "nancy_propositions.csv");
        var bytes = await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken);
        var bodies = CsvTable.Parse(CsvTable.Decode(bytes)).Skip(1).Select(r => r.Cells[7].Replace("\r\n", "\n", StringComparison.Ordinal).Trim()).ToList();
        var withSingleBreaks = bodies.Count(b => System.Text.RegularExpressions.Regex.IsMatch(b, "[^\n]\n[^\n]"));
        Assert.True(withSingleBreaks > 0, "the Nancy export has bodies with single line breaks");
        var bench = await ImportBench.CreateAsync(engine);
        await using var _ = bench.Database;

        var preview = await bench.AnalyseAsync(bytes, ImportKind.Propositions, "nancy_propositions.csv");

        Assert.True(preview.CanCommit);
        var rendered = preview.Rows.Select(r => MarkdownRenderer.Render(r.Proposition.Text).ToString()!).ToList();
        var lines = bodies.Select(b => b.Split('\n').Count(l => l.Trim().Length > 0)).ToList();
        for (var i = 0; i < bodies.Count; i++)
        {
            // Every source line starts a line of its own once rendered: after a <br />, a paragraph or a list item.
            var breaks = System.Text.RegularExpressions.Regex.Count(rendered[i], "<br />|<p>|<li>|<h\\d>|<blockquote>");
            Assert.True(breaks >= lines[i], $"ligne {preview.Rows[i].Line} : {lines[i]} lignes dans la source, {breaks} une fois mise en forme");
        }
    }
}
