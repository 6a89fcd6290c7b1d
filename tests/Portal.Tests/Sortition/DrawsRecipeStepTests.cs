using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Recipes;
using Portal.Sortition.Drawing;
using Portal.Sortition.Publication;
using Portal.Sortition.Recipes;
using Portal.Sortition.Storage;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Sortition;

/// <summary>The <c>draws</c> recipe step: a historical draw computed by the engine at the recipe's dates, recorded once, refused in French when wrong.</summary>
public sealed class DrawsRecipeStepTests
{
    private const string Slug = "assemblee-citoyenne-departementale-2022-2023";

    private static string RecipePath(string name) => Path.Combine(AppContext.BaseDirectory, "recipes", name);

    [Theory, DatabaseEngines]
    public async Task Demo_draw_is_recorded_once_by_the_engine_with_its_commitment_published_before_the_randomness(DatabaseEngine engine)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine);
        await RunFileAsync(database, RecipePath("setup.recipe.json"));
        await RunFileAsync(database, RecipePath("demo.recipe.json"));
        await RunFileAsync(database, RecipePath("demo.recipe.json"));

        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var draw = Assert.Single(await db.Set<SortitionDraw>().AsNoTracking().Where(d => d.ProcessSlug == Slug).ToListAsync(ct));
        Assert.Equal(1, draw.Round);
        Assert.Equal(DrawMethod.Cells, draw.Method);
        Assert.Equal(new DateTime(2021, 12, 6, 9, 0, 0, DateTimeKind.Utc), draw.CommittedUtc);
        Assert.Equal(new DateTime(2021, 12, 17, 9, 0, 0, DateTimeKind.Utc), draw.RandomnessUtc);
        Assert.Equal(0, await db.Set<VolunteerContact>().CountAsync(ct));

        // The stored result is what the engine computes from the committed pool, quotas and seed.
        var commitment = Commitment.Parse(draw.CommitmentText);
        Assert.Equal(draw.CommitmentHash, commitment.Hash);
        var replayed = DrawEngine.Run(draw.Algorithm, Pool.FromCsv(draw.PoolCsv), QuotasJson.Parse(draw.QuotasJson), commitment.Seed(draw.PublicRandomness!));
        Assert.Equal(draw.ResultCsv, replayed.ToCsv());
        Assert.Equal((108, 108), (replayed.Members.Count, replayed.Substitutes.Count));

        // Its publication history: created at the commitment, published once, before the randomness.
        var versions = await db.ContentItemVersions.AsNoTracking()
            .Where(v => v.ContentType == DrawPublication.ContentType && v.ContentItemId.EndsWith(DrawPublication.ItemSuffix(draw.Id))).ToListAsync(ct);
        var version = Assert.Single(versions);
        Assert.Equal(new DateTime(2021, 12, 6, 9, 0, 0, DateTimeKind.Utc), version.CreatedUtc);
        Assert.Equal(new DateTime(2021, 12, 6, 14, 0, 0, DateTimeKind.Utc), version.PublishedUtc);
        Assert.Contains(draw.CommitmentHash, version.Data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draws_step_refuses_wrong_input_in_French_at_its_json_paths_and_writes_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateSqliteOnlyAsync("validation reads no engine-specific SQL");
        var draw = DemoDraw();
        draw["process"] = " ";
        draw["pool"]!["features"]!["email"] = new JsonObject { ["a@exemple.fr"] = 1 };
        draw["publishedUtc"] = "2021-12-18T09:00:00Z";
        draw["drawnUtc"] = "2999-01-01T00:00:00Z";
        draw["quotas"]!["cellFeatures"] = new JsonArray("canton", "commune");

        var error = await Assert.ThrowsAsync<RecipeValidationException>(() => RunStepAsync(database, draw));

        var paths = error.Errors.ToDictionary(e => e.JsonPath, e => e.Message);
        Assert.Contains("obligatoire", paths["$.steps[0].draws[0].process"], StringComparison.Ordinal);
        Assert.Contains("ne peut pas être un critère public", paths["$.steps[0].draws[0].pool.features.email"], StringComparison.Ordinal);
        Assert.Contains("avant que l'aléa public soit connu", paths["$.steps[0].draws[0].randomnessUtc"], StringComparison.Ordinal);
        Assert.Contains("dans le futur", paths["$.steps[0].draws[0].drawnUtc"], StringComparison.Ordinal);
        await using var scope = database.Scope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<SortitionDraw>().CountAsync(ct));

        // Quotas the generated pool cannot meet are refused with the feasibility check's reasons.
        var infeasible = DemoDraw();
        infeasible["pool"]!["atLeastPerCell"] = 1;
        infeasible["pool"]!["size"] = 108;
        infeasible["quotas"]!["substitutesPerMember"] = 1;
        var refused = await Assert.ThrowsAsync<RecipeValidationException>(() => RunStepAsync(database, infeasible));
        Assert.All(refused.Errors, e => Assert.Equal("$.steps[0].draws[0].quotas", e.JsonPath));
    }

    [Fact]
    public async Task A_different_draw_for_a_process_already_drawn_is_refused()
    {
        await using var database = await TestDatabase.CreateSqliteOnlyAsync("the refusal is a query on the draws, the same on both engines");
        await RunFileAsync(database, RecipePath("setup.recipe.json"));
        await RunFileAsync(database, RecipePath("demo.recipe.json"));
        var other = DemoDraw();
        other["pool"]!["seed"] = "une autre graine";

        var error = await Assert.ThrowsAsync<RecipeValidationException>(() => RunStepAsync(database, other));

        var only = Assert.Single(error.Errors);
        Assert.Equal("$.steps[0].draws[0].process", only.JsonPath);
        Assert.Contains("un tirage engagé ne se refait pas", only.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draw_for_a_process_that_does_not_exist_is_refused_whole()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateSqliteOnlyAsync("the refusal rolls back one transaction, the same on both engines");
        await RunFileAsync(database, RecipePath("setup.recipe.json"));
        var draw = DemoDraw();
        draw["process"] = "demarche-inconnue";

        var error = await Assert.ThrowsAsync<RecipeValidationException>(() => RunStepAsync(database, draw));

        Assert.Equal("$.steps[0].draws[0].process", Assert.Single(error.Errors).JsonPath);
        await using var scope = database.Scope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<SortitionDraw>().CountAsync(ct));
    }

    [Fact]
    public void Generated_pool_is_the_same_for_the_same_recipe_and_fills_every_cell()
    {
        var recipe = new PoolRecipe("graine", 60, new Dictionary<string, IReadOnlyDictionary<string, double>>
        {
            ["genre"] = new Dictionary<string, double> { ["femme"] = 1, ["homme"] = 1 },
            ["canton"] = new Dictionary<string, double> { ["A"] = 10, ["B"] = 1, ["C"] = 0.5 },
        }, AtLeastPerCell: 2);

        var pool = GeneratedPool.Generate(recipe, ["canton", "genre"]);

        Assert.Equal(pool.Hash, GeneratedPool.Generate(recipe, ["canton", "genre"]).Hash);
        Assert.NotEqual(pool.Hash, GeneratedPool.Generate(recipe with { Seed = "autre" }, ["canton", "genre"]).Hash);
        Assert.Equal(60, pool.Volunteers.Count);
        Assert.Equal(6, pool.Volunteers.GroupBy(v => (v.Features["canton"], v.Features["genre"])).Count(g => g.Count() >= 2));
        Assert.All(pool.Volunteers, v => Assert.Matches("^[A-Z2-7]{10}$", v.Id));
    }

    private static JsonObject DemoDraw()
    {
        var demo = JsonNode.Parse(File.ReadAllText(RecipePath("demo.recipe.json")))!;
        var step = demo["steps"]!.AsArray().Single(s => (string?)s!["name"] == "draws")!;
        return step["draws"]![0]!.DeepClone().AsObject();
    }

    private static async Task RunStepAsync(TestDatabase database, JsonObject draw)
    {
        var recipe = new JsonObject { ["name"] = "essai", ["steps"] = new JsonArray(new JsonObject { ["name"] = "draws", ["draws"] = new JsonArray(draw) }) };
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync("essai.recipe.json", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(recipe.ToJsonString())), TestContext.Current.CancellationToken);
    }

    private static async Task RunFileAsync(TestDatabase database, string path)
    {
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteFileAsync(path, TestContext.Current.CancellationToken);
    }
}
