using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Recipes;
using Portal.News;
using Portal.Processes.Content;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.News;

/// <summary>News and « Participer » through recipes: every field loaded and exported, bad values refused with their JSON path.</summary>
public sealed class NewsRecipeTests
{
    private static string RecipePath(string name) => Path.Combine(AppContext.BaseDirectory, "recipes", name);

    [Theory, DatabaseEngines]
    public async Task News_export_gives_back_every_field_the_demo_recipe_loaded(DatabaseEngine engine)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine);
        await RunAsync(database, "setup.recipe.json", ct);
        await RunAsync(database, "demo.recipe.json", ct);
        await using var scope = database.Scope();

        var exported = await scope.ServiceProvider.GetRequiredService<NewsExport>().ExportAsync(ct);

        var demo = JsonNode.Parse(await File.ReadAllTextAsync(RecipePath("demo.recipe.json"), ct))!["steps"]!.AsArray().Single(s => (string?)s!["name"] == "news")!;
        var loaded = demo.Deserialize<NewsRecipeStep.NewsStep>(RecipeJson.Options)!;
        Assert.Equal(3, exported.News.Count);
        Assert.Equal(
            loaded.News.OrderBy(n => n.Id, StringComparer.Ordinal).Select(n => JsonSerializer.Serialize(n, RecipeJson.Options)),
            exported.News.Select(n => JsonSerializer.Serialize(n, RecipeJson.Options)));
    }

    [Theory, DatabaseEngines]
    public async Task Participation_is_stored_with_every_field_of_the_recipe(DatabaseEngine engine)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine);
        await RunAsync(database, "setup.recipe.json", ct);
        await RunAsync(database, "demo.recipe.json", ct);
        await using var scope = database.Scope();
        var store = scope.ServiceProvider.GetRequiredService<ContentStore>();

        var process = store.Read<Process>((await store.GetPublishedAsync("demo-cu-vivre-demain-2036", ct))!);

        var demo = JsonNode.Parse(await File.ReadAllTextAsync(RecipePath("demo.recipe.json"), ct))!["steps"]![0]!["processes"]![0]!["demarche"]!["participation"]!;
        Assert.Equal(demo.ToJsonString(RecipeJson.Options), JsonSerializer.SerializeToNode(process.Participation, RecipeJson.Options)!.ToJsonString(RecipeJson.Options));
        Assert.Equal(new DateOnly(2021, 5, 14), process.Participation!.RegistrationDeadline);
    }

    [Theory, DatabaseEngines]
    public async Task Invalid_news_and_participation_are_refused_with_their_json_paths(DatabaseEngine engine)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine);
        var file = Path.Combine(Directory.CreateTempSubdirectory("portal-recipe-").FullName, "participer.recipe.json");
        await File.WriteAllTextAsync(file, """
            { "name": "participer", "steps": [
              { "name": "processes", "processes": [ { "id": "p", "demarche": {
                "title": "T", "slug": "t", "summary": "S", "organiser": "O", "territory": "T", "themes": [], "startDate": "2030-01-01",
                "participation": { "eligibility": " ", "registrationUrl": "javascript:alert(1)", "registrationOpens": "2030-02-01", "registrationDeadline": "2030-01-15",
                  "meetings": [ { "place": "", "date": "2030-01-20" } ] } } } ] },
              { "name": "news", "news": [
                { "id": "a", "process": "p", "item": { "title": "", "slug": "Pas Un Slug", "date": "2030-01-01", "summary": "R", "body": "B", "imageId": "0123456789abcdef0123456789abcdef" } },
                { "id": "b", "item": { "title": "T", "slug": "pas-un-slug", "date": "2030-01-01", "summary": "R", "body": "B" } },
                { "id": "c", "item": { "title": "T", "slug": "pas-un-slug", "date": "2030-01-01", "summary": "R", "body": "B" } }
              ] }
            ] }
            """, ct);
        await using var scope = database.Scope();

        var error = await Assert.ThrowsAsync<RecipeValidationException>(() => scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteFileAsync(file, ct));

        var paths = error.Errors.Select(e => e.JsonPath).ToList();
        Assert.Contains("$.steps[0].processes[0].demarche.participation.eligibility", paths);
        Assert.Contains("$.steps[0].processes[0].demarche.participation.registrationUrl", paths);
        Assert.Contains("$.steps[0].processes[0].demarche.participation.registrationDeadline", paths);
        Assert.Contains("$.steps[0].processes[0].demarche.participation.meetings[0].place", paths);
        Assert.Contains("$.steps[1].news[0].item.title", paths);
        Assert.Contains("$.steps[1].news[0].item.slug", paths);
        Assert.Contains("$.steps[1].news[0].item.imageAlt", paths);
        Assert.Contains("$.steps[1].news[2].item.slug", paths);
        Assert.DoesNotContain("$.steps[1].news[1].item.slug", paths);
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<PortalDbContext>().ContentItemVersions.CountAsync(ct));
    }

    [Fact]
    public void News_rules_ask_for_a_title_an_address_and_the_alternative_text_of_an_image()
    {
        var problems = new List<string>();

        NewsRules.Check(new NewsItem("", "Pas Un Slug", new DateOnly(2030, 1, 1), "R", "B", ImageId: "0123456789abcdef0123456789abcdef"), (path, _) => problems.Add(path));

        Assert.Equal(["title", "slug", "imageAlt"], problems);
    }

    private static async Task RunAsync(TestDatabase database, string recipe, CancellationToken ct)
    {
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteFileAsync(RecipePath(recipe), ct);
    }
}
