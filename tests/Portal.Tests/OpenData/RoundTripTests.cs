using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Processes.Imports;
using Portal.Processes.Public;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.OpenData;

/// <summary>
/// The open-data formats import back: each demo process exported as a recipe loads into an empty portal and publishes
/// the same public pages and files; its tables (propositions, responses, follow-ups) import into a process and give back
/// the same tables.
/// </summary>
public sealed class RoundTripTests
{
    private static readonly string[] Tables = ["propositions", "reponses", "suivis"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, DatabaseEngines]
    public async Task A_process_exported_as_a_recipe_publishes_the_same_pages_on_an_empty_portal(DatabaseEngine engine)
    {
        var clock = new FixedClock(DateTimeOffset.UtcNow);
        await using var source = new RoundTripPortal(engine, clock, RoundTripPortal.Demo);
        await using var target = RoundTripPortal.Empty(engine, clock);
        var processes = await PublishedAsync(source);
        Assert.Equal(2, processes.Count);

        var recipes = new Dictionary<string, byte[]>();
        foreach (var process in processes)
        {
            recipes[process.Slug] = await source.GetBytesAsync($"/donnees/demarches/{process.Slug}.recette.json");
            var zipped = RoundTripPortal.EntryBytes(await source.GetBytesAsync($"/donnees/demarches/{process.Slug}.zip"), "recette.json");
            Assert.Equal(recipes[process.Slug], zipped);
            var (code, output) = await target.ApplyAsync(await WriteAsync($"{process.Slug}.recette.json", recipes[process.Slug]));
            Assert.True(code == 0, output);
        }

        var pages = 0;
        foreach (var process in processes)
        {
            await AssertSamePageAsync(source, target, $"/demarches/{process.Slug}", withoutDrawLink: true);
            await AssertSamePageAsync(source, target, $"/demarches/{process.Slug}/suivi"); // the committee's scores per theme included
            foreach (var path in await PermalinksAsync(source, process.Slug))
            {
                await AssertSamePageAsync(source, target, path);
                pages++;
            }

            var news = JsonNode.Parse(recipes[process.Slug])!["steps"]!.AsArray().Where(s => (string?)s!["name"] == "news").SelectMany(s => s!["news"]!.AsArray());
            foreach (var item in news)
            {
                await AssertSamePageAsync(source, target, $"/actualites/{(string)item!["item"]!["slug"]!}");
            }

            // The import is lossless: the imported process exports the very same recipe.
            SamePages.AssertSame($"{process.Slug}.recette.json", Text(recipes[process.Slug]), Text(await target.GetBytesAsync($"/donnees/demarches/{process.Slug}.recette.json")));
        }

        Assert.Equal(25, pages);
        foreach (var dataset in OpenDataClient.DatasetNames)
        {
            foreach (var file in new[] { $"/donnees/{dataset}.csv", $"/donnees/{dataset}.json" })
            {
                SamePages.AssertSame(file, Text(await source.GetBytesAsync(file)), Text(await target.GetBytesAsync(file)));
            }
        }
    }

    [Theory, DatabaseEngines]
    public async Task A_process_tables_import_back_into_the_same_open_data_files(DatabaseEngine engine)
    {
        var clock = new FixedClock(DateTimeOffset.UtcNow);
        await using var source = new RoundTripPortal(engine, clock, RoundTripPortal.Demo);
        await using var target = RoundTripPortal.Empty(engine, clock);
        foreach (var process in await PublishedAsync(source))
        {
            var zip = await source.GetBytesAsync($"/donnees/demarches/{process.Slug}.zip");

            // The process and its sections come from its recipe; the propositions, responses and follow-ups from its tables.
            var recipe = JsonNode.Parse(RoundTripPortal.EntryText(zip, "recette.json"))!;
            Assert.True(recipe["steps"]![0]!["processes"]![0]!.AsObject().Remove("propositions"));
            var (code, output) = await target.ApplyAsync(await WriteAsync($"{process.Slug}-sans-propositions.recette.json", Encoding.UTF8.GetBytes(recipe.ToJsonString())));
            Assert.True(code == 0, output);

            await using var scope = target.Services.CreateAsyncScope();
            var import = scope.ServiceProvider.GetRequiredService<PropositionImport>();
            foreach (var (table, kind) in Tables.Zip([ImportKind.Propositions, ImportKind.Responses, ImportKind.FollowUps]))
            {
                var preview = await import.AnalyseAsync($"{table}.csv", RoundTripPortal.EntryBytes(zip, $"{table}.csv"), process.Id, kind, Ct);
                Assert.True(preview.CanCommit, $"{process.Slug}/{table}.csv: " + string.Join(" ", preview.FileErrors.Concat(preview.Rows.SelectMany(r => r.Errors)).Concat(preview.Answers.SelectMany(a => a.Errors))));
                Assert.DoesNotContain(preview.IgnoredColumns, c => c is "code" or "proposition" or "titre" or "texte" or "motivation" or "engagements" or "avancement" or "preuves");
                Assert.Equal(ContentOutcome.Ok, await import.CommitAsync(preview, process.Id, "import", Ct));
            }

            await PublishDraftsAsync(scope.ServiceProvider, process.Id);
        }

        foreach (var table in Tables)
        {
            var file = $"/donnees/{table}.csv";
            SamePages.AssertSame(file, Text(await source.GetBytesAsync(file)), Text(await target.GetBytesAsync(file)));
        }
    }

    private static async Task AssertSamePageAsync(RoundTripPortal source, RoundTripPortal target, string path, bool withoutDrawLink = false) =>
        SamePages.AssertSame(path, SamePages.Normalised(await source.GetPageAsync(path), withoutDrawLink), SamePages.Normalised(await target.GetPageAsync(path)));

    private static async Task<IReadOnlyList<PublishedProcess>> PublishedAsync(RoundTripPortal portal)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ProcessDirectory>().PublishedAsync(Ct);
    }

    /// <summary>Every proposition's permalink, as the open-data file of the source lists them.</summary>
    private static async Task<List<string>> PermalinksAsync(RoundTripPortal portal, string slug)
    {
        var rows = await portal.GetCsvAsync("/donnees/propositions.csv");
        var (process, permalink) = (rows[0].IndexOf("demarche"), rows[0].IndexOf("permalien"));
        return [.. rows.Skip(1).Where(r => r[process] == slug).Select(r => new Uri(r[permalink]).PathAndQuery)];
    }

    /// <summary>What the COPIL would publish after reviewing the import: propositions first, then what they contain.</summary>
    private static async Task PublishDraftsAsync(IServiceProvider services, string processId)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var store = services.GetRequiredService<ContentStore>();
        var drafts = await db.ContentItemVersions.AsNoTracking().Where(v => v.ProcessId == processId && v.Latest && !v.Published)
            .Select(v => new { v.ContentItemId, v.Version, v.ContainerId }).ToListAsync(Ct);
        foreach (var draft in drafts.OrderBy(d => d.ContainerId is not null).ThenBy(d => d.ContentItemId, StringComparer.Ordinal))
        {
            Assert.True((await store.PublishAsync(draft.ContentItemId, draft.Version, "copil", cancellationToken: Ct)).Succeeded, draft.ContentItemId);
        }
    }

    private static async Task<string> WriteAsync(string name, byte[] content)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("portal-roundtrip-").FullName, name);
        await File.WriteAllBytesAsync(file, content, Ct);
        return file;
    }

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
