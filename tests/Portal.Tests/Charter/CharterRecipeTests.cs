using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Recipes;
using Portal.Core.Text;
using Portal.Processes.Recipes;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Charter;

/// <summary>Documents, speakers' declarations and the structured evaluation in recipes: refused with their JSON path when wrong, kept whole when right.</summary>
public sealed class CharterRecipeTests
{
    private static string DemoPath => Path.Combine(AppContext.BaseDirectory, "recipes", "demo.recipe.json");

    [Theory, DatabaseEngines]
    public async Task Invalid_documents_declarations_and_evaluation_are_refused_with_their_json_path(DatabaseEngine engine)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine);
        var recipe = """
            { "steps": [ { "name": "processes", "processes": [ {
              "id": "essai", "demarche": { "title": "Essai", "slug": "essai", "summary": "", "organiser": "Ville", "territory": "Ville", "themes": [], "startDate": "2024-01-01" },
              "intervenants": [
                { "name": "A", "title": "", "organisation": "", "topic": "", "selectedBy": "", "pointOfView": "", "speakerKind": "astrologue" },
                { "name": "B", "title": "", "organisation": "", "topic": "", "selectedBy": "", "pointOfView": "",
                  "interests": { "date": "2024-02-01", "noneDeclared": true, "links": [ { "organisation": "X", "nature": "salarié" } ] } }
              ],
              "documents": [
                { "documentType": "tract", "title": "Un", "url": "https://exemple.fr/un.pdf", "format": "pdf" },
                { "documentType": "deliberation", "title": "Deux", "mediaId": "pas-un-id" },
                { "documentType": "deliberation", "title": "Trois", "url": "https://exemple.fr/trois.pdf", "format": "pdf", "notAccessible": true },
                { "documentType": "autre", "title": "Quatre", "url": "https://exemple.fr/quatre" }
              ],
              "evaluation": { "text": "Bilan", "evaluatorKind": "voisin", "ratingScale": [ "Faible", "Fort" ],
                "dimensions": [ { "dimension": "pertinence", "findings": "Utile", "rating": "Moyen" }, { "dimension": "beaute", "findings": "Jolie" } ],
                "survey": [ { "label": "Satisfaits", "value": 120, "respondents": 0 } ] }
            } ] } ] }
            """;

        await using var scope = database.Scope();
        using var json = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(recipe));
        var error = await Assert.ThrowsAsync<RecipeValidationException>(() => scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync("essai.recipe.json", json, ct));

        var paths = error.Errors.Select(e => e.JsonPath.Replace("$.steps[0].processes[0].", string.Empty, StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [
                "intervenants[0].speakerKind", "intervenants[1].interests.links", "documents[0].documentType", "documents[1].mediaId",
                "documents[2].alternativeContact", "documents[3].format", "evaluation.evaluatorKind", "evaluation.dimensions[0].rating",
                "evaluation.dimensions[1].dimension", "evaluation.survey[0].respondents", "evaluation.survey[0].value",
            ],
            paths);
        Assert.Contains(error.Errors, e => e.Message.Contains("RGAA", StringComparison.Ordinal));
        Assert.Equal(0, scope.ServiceProvider.GetRequiredService<PortalDbContext>().ContentItemVersions.Count());
    }

    [Theory, DatabaseEngines]
    public async Task A_media_file_that_is_not_a_document_is_refused_with_its_path(DatabaseEngine engine)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine);
        var script = Convert.ToBase64String("#!/bin/sh\necho hi\n"u8.ToArray());
        var recipe = $$"""{ "steps": [ { "name": "media", "files": [ { "id": "0123456789abcdef0123456789abcdef", "title": "Script", "fileName": "a.pdf", "base64": "{{script}}" }, { "id": "court", "title": "", "base64": "%%%" } ] } ] }""";

        await using var scope = database.Scope();
        using var json = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(recipe));
        var error = await Assert.ThrowsAsync<RecipeValidationException>(() => scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync("media.recipe.json", json, ct));

        Assert.Equal(["$.steps[0].files[0].base64", "$.steps[0].files[1].id", "$.steps[0].files[1].title", "$.steps[0].files[1].base64"], error.Errors.Select(e => e.JsonPath));
    }

    [Fact]
    public void The_demo_processes_read_and_write_back_every_new_field()
    {
        var step = JsonNode.Parse(File.ReadAllText(DemoPath))!["steps"]!.AsArray().Single(s => (string?)s!["name"] == "processes")!;
        foreach (var original in step["processes"]!.AsArray())
        {
            var document = original.Deserialize<ProcessDocument>(RecipeJson.Options)!;

            var written = JsonSerializer.SerializeToNode(document, RecipeJson.Options)!;

            foreach (var path in new[] { "documents", "intervenants", "evaluation", "demarche" })
            {
                Assert.True(JsonNode.DeepEquals(Trimmed(original![path]), Trimmed(written[path])), $"{original["id"]}.{path} reads and writes back unchanged");
            }
        }
    }

    [Theory]
    [InlineData(312, "312 octets")]
    [InlineData(1593, "1,6 ko")]
    [InlineData(870_400, "850 ko")]
    [InlineData(1_258_291, "1,2 Mo")]
    public void File_sizes_read_as_French_readers_write_them(long bytes, string expected) =>
        Assert.Equal(expected, French.FileSize(bytes).Replace('\u202f', ' ').Replace('\u00a0', ' '));

    /// <summary>The node without nulls, defaults the recipe leaves out (false, 0) and the speakers' and documents' order (the step numbers them).</summary>
    private static JsonNode? Trimmed(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Where(p => p.Key != "order" && p.Value is not null
                && !(p.Value is JsonValue v && (v.ToJsonString() is "false" or "0")))
            .Select(p => KeyValuePair.Create(p.Key, Trimmed(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Trimmed)]),
        null => null,
        _ => JsonNode.Parse(node.ToJsonString()),
    };
}
