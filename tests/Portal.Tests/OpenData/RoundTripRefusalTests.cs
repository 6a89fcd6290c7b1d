using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Processes.Imports;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.OpenData;

/// <summary>
/// What cannot come back is refused in French, at its place, and writes nothing. SQLite only: every refusal here happens
/// before anything is written (the recipe is validated whole before its transaction; an import preview reads, never
/// writes), so no engine-specific storage is involved.
/// </summary>
public sealed class RoundTripRefusalTests : IAsyncLifetime
{
    private readonly RoundTripPortal _portal = RoundTripPortal.Empty(DatabaseEngine.Sqlite, new FixedClock(DateTimeOffset.UtcNow));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _portal.DisposeAsync();

    /// <summary>A process in the recipe shape: the demo's first one, as its export writes it.</summary>
    private static JsonObject ProcessRecipe()
    {
        var demo = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "recipes", "demo.recipe.json")))!;
        var step = demo["steps"]![0]!.DeepClone().AsObject();
        step["processes"]!.AsArray().RemoveAt(1);
        return new JsonObject { ["name"] = "demarche", ["steps"] = new JsonArray(step) };
    }

    [Fact]
    public async Task A_malformed_recipe_is_refused_with_the_line_of_the_error_and_writes_nothing()
    {
        var text = ProcessRecipe().ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        var (code, output) = await _portal.ApplyAsync(await WriteAsync("tronquee.recette.json", Encoding.UTF8.GetBytes(text[..(text.Length / 2)])));

        Assert.Equal(1, code);
        Assert.Contains("tronquee.recette.json", output, StringComparison.Ordinal);
        Assert.Contains("JSON illisible, ligne", output, StringComparison.Ordinal);
        Assert.Contains("rien n'a été appliqué", output, StringComparison.Ordinal);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task A_recipe_incompatible_with_the_portal_names_the_json_path_of_each_problem_and_writes_nothing()
    {
        var recipe = ProcessRecipe();
        var process = recipe["steps"]![0]!["processes"]![0]!;
        var answered = process["propositions"]!.AsArray().Select((p, i) => (p, i)).First(x => x.p!["reponse"] is not null);
        answered.p!["reponse"]!["decision"] = "adoptee-a-l-unanimite";
        process["demarche"]!["slug"] = "Pas Une Adresse";

        var (code, output) = await _portal.ApplyAsync(await WriteAsync("incompatible.recette.json", Encoding.UTF8.GetBytes(recipe.ToJsonString())));

        Assert.Equal(1, code);
        Assert.Contains($"$.steps[0].processes[0].propositions[{answered.i}].reponse.decision", output, StringComparison.Ordinal);
        Assert.Contains("$.steps[0].processes[0].demarche.slug", output, StringComparison.Ordinal);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task An_archive_without_a_recipe_is_refused_in_french()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = await zip.CreateEntry("propositions.csv").OpenAsync(Ct);
            await entry.WriteAsync("demarche,code\r\n"u8.ToArray(), Ct);
        }

        var (code, output) = await _portal.ApplyAsync(await WriteAsync("demarche-x.zip", buffer.ToArray()));

        Assert.Equal(1, code);
        Assert.Contains("l'archive ne contient pas de « recette.json »", output, StringComparison.Ordinal);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task A_site_wide_table_is_refused_whole_with_the_processes_it_mixes()
    {
        var csv = "demarche,code,titre,texte,permalien\r\nune-demarche,P-1,Titre,Texte,https://a.fr/1\r\nune-autre,P-1,Titre,Texte,https://a.fr/2\r\n";

        var preview = await AnalyseAsync("propositions.csv", csv, ImportKind.Propositions);

        Assert.False(preview.CanCommit);
        var error = Assert.Single(preview.FileErrors);
        Assert.Contains("mêle 2 démarches", error, StringComparison.Ordinal);
        Assert.Contains("« une-autre »", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreadable_evidence_of_a_follow_up_table_names_its_line_and_column()
    {
        var csv = "demarche,proposition,rang,date,etat,etat_libelle,avancement,preuves,permalien\r\n"
            + "une-demarche,P-1,1,2024-03-01,en-cours,En cours,Texte,Délibération sans adresse,https://a.fr/1\r\n";

        var preview = await AnalyseAsync("suivis.csv", csv, ImportKind.FollowUps);

        Assert.False(preview.CanCommit);
        Assert.Contains(preview.Answers.SelectMany(a => a.Errors), e => e.StartsWith("Ligne 2 : colonne « preuves » : preuve « Délibération sans adresse » illisible", StringComparison.Ordinal));
    }

    private async Task<ImportPreview> AnalyseAsync(string name, string csv, ImportKind kind)
    {
        await using var scope = _portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PropositionImport>().AnalyseAsync(name, Encoding.UTF8.GetBytes(csv), "une-demarche", kind, Ct);
    }

    private async Task AssertNothingWrittenAsync()
    {
        await using var scope = _portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.False(await db.ContentItemVersions.AnyAsync(v => v.ProcessId != null, Ct));
        Assert.False(Directory.Exists(Path.Combine(_portal.DataPath, "media")) && Directory.EnumerateDirectories(Path.Combine(_portal.DataPath, "media")).Any(d => !Path.GetFileName(d).StartsWith('.')));
    }

    private static async Task<string> WriteAsync(string name, byte[] content)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("portal-refus-").FullName, name);
        await File.WriteAllBytesAsync(file, content, Ct);
        return file;
    }
}
