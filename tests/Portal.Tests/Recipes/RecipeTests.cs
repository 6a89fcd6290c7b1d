using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Audit;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Recipes;
using Portal.Processes.Indexes;
using Portal.Search.Queue;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Recipes;

public sealed class RecipeTests
{
    private static string RecipePath(string name) => Path.Combine(AppContext.BaseDirectory, "recipes", name);

    [Theory, DatabaseEngines]
    public async Task Demo_recipe_loads_and_a_second_run_changes_nothing(DatabaseEngine engine)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine);
        await RunAsync(database, "setup.recipe.json");
        await RunAsync(database, "demo.recipe.json");
        var before = await SnapshotAsync(database, ct);

        await RunAsync(database, "setup.recipe.json");
        await RunAsync(database, "demo.recipe.json");

        var after = await SnapshotAsync(database, ct);
        Assert.Equal(before, after);
        Assert.Contains(before, v => v.StartsWith("Demarche|", StringComparison.Ordinal));
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(2, await db.Set<ProcessIndex>().CountAsync(ct));
        Assert.True(await db.Set<ResponseIndex>().Select(r => r.Decision).Distinct().CountAsync(ct) == 5, "all five decisions are represented");
    }

    [Theory, DatabaseEngines]
    public async Task Every_item_a_recipe_loads_is_versioned_audited_indexed_and_queued_for_search(DatabaseEngine engine)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine);
        await RunAsync(database, "setup.recipe.json");
        await RunAsync(database, "demo.recipe.json");

        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var items = await db.ContentItemVersions.AsNoTracking().Where(v => v.ProcessId != null && v.Published)
            .Select(v => new { v.ContentItemId, v.ContentType, v.Version, v.Latest }).ToListAsync(ct);
        Assert.All(items, v => Assert.True(v.Version == 1 && v.Latest, $"{v.ContentItemId}: one version, latest and published"));
        var audited = await db.Set<AuditEntry>().AsNoTracking().Where(e => e.Action == AuditActions.Created || e.Action == AuditActions.Published)
            .Select(e => e.Action + "|" + e.ContentItemId).ToListAsync(ct);
        Assert.All(items, v => Assert.Equal(1, audited.Count(a => a == $"{AuditActions.Created}|{v.ContentItemId}")));
        Assert.All(items, v => Assert.Equal(1, audited.Count(a => a == $"{AuditActions.Published}|{v.ContentItemId}")));
        Assert.True((await scope.ServiceProvider.GetRequiredService<AuditTrail>().VerifyAsync(ct)).Intact, "the audit chain stays intact");
        var queued = await db.Set<SearchIndexTask>().AsNoTracking().Select(t => t.ContentItemId).ToListAsync(ct);
        Assert.All(items, v => Assert.Contains(v.ContentItemId, queued));
        var propositions = items.Count(v => v.ContentType == "Proposition");
        Assert.True(propositions > 0, "the demo has propositions");
        Assert.Equal(propositions, await db.Set<PropositionIndex>().CountAsync(ct));
        Assert.Equal(items.Count(v => v.ContentType == "ReponseMotivee"), await db.Set<ResponseIndex>().CountAsync(ct));
        Assert.Equal(items.Count(v => v.ContentType == "Suivi"), await db.Set<FollowUpIndex>().CountAsync(ct));
    }

    [Theory, DatabaseEngines]
    public async Task Invalid_recipe_is_rejected_whole_with_file_step_and_json_path(DatabaseEngine engine)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine);
        await RunAsync(database, "setup.recipe.json");
        var folder = Directory.CreateTempSubdirectory("portal-recipe-").FullName;
        var file = Path.Combine(folder, "casse.recipe.json");
        var demo = await File.ReadAllTextAsync(RecipePath("demo.recipe.json"), ct);

        // The first process stays valid (it must not be written), the second gets an unknown decision.
        var broken = ReplaceNth(demo, "\"decision\": \"retenue\"", "\"decision\": \"peut-etre\"", occurrence: 4);
        await File.WriteAllTextAsync(file, broken, ct);

        await using var scope = database.Scope();
        var executor = scope.ServiceProvider.GetRequiredService<RecipeExecutor>();
        var error = await Assert.ThrowsAsync<RecipeValidationException>(() => executor.ExecuteFileAsync(file, ct));

        var only = Assert.Single(error.Errors);
        Assert.Equal("casse.recipe.json", only.FileName);
        Assert.Equal("processes", only.StepName);
        Assert.Matches(@"^\$\.steps\[0\]\.processes\[1\]\.propositions\[\d+\]\.reponse\.decision$", only.JsonPath);
        Assert.Contains("peut-etre", error.Message, StringComparison.Ordinal);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(0, await db.ContentItemVersions.CountAsync(v => v.ProcessId != null, ct));
    }

    [Theory, DatabaseEngines]
    public async Task Recipe_with_a_misspelt_property_names_its_path(DatabaseEngine engine)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine);
        var folder = Directory.CreateTempSubdirectory("portal-recipe-").FullName;
        var file = Path.Combine(folder, "faute.recipe.json");
        await File.WriteAllTextAsync(file, """
            { "name": "faute", "steps": [
              { "name": "roles", "roles": [ { "name": "Lecteur" } ] },
              { "name": "processes", "processes": [ { "id": "x", "demarche": { "titre": "Sans titre" } } ] },
              { "name": "inconnue" }
            ] }
            """, ct);

        await using var scope = database.Scope();
        var error = await Assert.ThrowsAsync<RecipeValidationException>(() => scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteFileAsync(file, ct));

        Assert.Equal(2, error.Errors.Count);
        Assert.StartsWith("$.steps[1].processes[0].demarche", error.Errors[0].JsonPath, StringComparison.Ordinal);
        Assert.Equal("$.steps[2].name", error.Errors[1].JsonPath);
        Assert.Contains("étape inconnue « inconnue »", error.Errors[1].Message, StringComparison.Ordinal);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.False(await db.Roles.AnyAsync(r => r.Name == "Lecteur", ct), "the valid roles step was not applied");
    }

    [Theory, DatabaseEngines]
    public async Task Unreadable_json_is_rejected_with_its_line(DatabaseEngine engine)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var scope = database.Scope();
        using var json = new MemoryStream("{ \"steps\": [ \n { \"name\": "u8.ToArray());

        var error = await Assert.ThrowsAsync<RecipeValidationException>(() => scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync("tronque.recipe.json", json, ct));

        Assert.Contains("tronque.recipe.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("ligne 2", error.Message, StringComparison.Ordinal);
    }

    private static async Task RunAsync(TestDatabase database, string recipe)
    {
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteFileAsync(RecipePath(recipe), TestContext.Current.CancellationToken);
    }

    private static async Task<List<string>> SnapshotAsync(TestDatabase database, CancellationToken ct)
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var rows = await db.ContentItemVersions.AsNoTracking().OrderBy(v => v.ContentItemId).ThenBy(v => v.Version).ToListAsync(ct);
        var settings = await db.SiteSettings.AsNoTracking().OrderBy(s => s.Key).Select(s => s.Key + "|" + s.ModifiedUtc).ToListAsync(ct);
        var roles = await db.Roles.AsNoTracking().OrderBy(r => r.Name).Select(r => r.Name + "|" + r.ConcurrencyStamp).ToListAsync(ct);
        return [.. rows.Select(v => $"{v.ContentType}|{v.ContentItemId}|{v.Version}|{v.Status}|{v.ConcurrencyStamp}"), .. settings, .. roles];
    }

    private static string ReplaceNth(string text, string find, string replacement, int occurrence)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(find, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"the demo recipe has at least {occurrence} « {find} »");
        }

        return string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + find.Length));
    }
}
