using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Recipes;
using Portal.Processes.Recipes;
using Portal.Search.Indexing;
using Portal.Search.Querying;
using Portal.Tests.Imports;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Search;

/// <summary>
/// Relevance on the real Convention Citoyenne pour le Climat proposals: for each query a journalist
/// might type, the proposal(s) we expect after reading the data must rank in the top three.
/// </summary>
public sealed class CccSearchRelevanceTests
{
    // Query → acceptable codes (any of them in the top 3 passes). Written by hand from ccc-149-propositions.json.
    private static readonly (string Query, string[] Expected)[] Cases =
    [
        ("score carbone", ["C1.1"]),
        ("obsolescence programmée", ["PT1.2"]),
        ("vitesse sur autoroute 110 km/h", ["SD-A3.1"]),
        ("TVA billets de train", ["SD-A4.1"]),
        ("vols interieurs", ["SD-E2"]),
        ("nouveaux aéroports", ["SD-E3"]),
        ("chaudières au fioul", ["SL1.2"]),
        ("artificialisation des terres", ["SL3.1", "SL3.2"]),
        ("consigne de verre", ["C3.2"]),
        ("vrac dans les magasins", ["C3.1"]),
        ("menu végétarien quotidien cantine", ["SN1.1.6"]),
        ("pesticides", ["SN2.1.4"]),
        ("crime d'écocide", ["SN7.1"]),
        ("\"défenseur de l'environnement\"", ["RC1"]),
        ("fonds vélo pistes cyclables", ["SD-A2.3"]),
        ("surpêche", ["SN3.1.1", "SN3.1.2"]),
        ("publicité des produits émetteurs", ["C2.1"]),
        ("parkings relais", ["SD-A2.1"]),
        ("exploitation minière Guyane", ["PT8.6"]),
        ("CETA", ["SN4.1.1"]),
        ("agroecologie 2040", ["SN2.1.1"]),
        ("malus véhicules polluants", ["SD-C1.2"]),
        ("SD-A1.1", ["SD-A1.1"]),
    ];

    [Fact]
    public async Task Expected_proposals_rank_in_the_top_three()
    {
        var ct = TestContext.Current.CancellationToken;
        var document = CccTrackerRecipe.Read(Path.Combine(SharedData.Folder("ccc-2020-propositions-suivi"), "ccc-149-propositions.json"));
        await using var database = await TestDatabase.CreateSqliteOnlyAsync("ranking is Lucene's, whatever the engine; CccDataTests loads the same data on both engines");
        var recipe = Path.Combine(Directory.CreateTempSubdirectory("portal-ccc-").FullName, "ccc.recipe.json");
        await File.WriteAllTextAsync(recipe, JsonSerializer.Serialize(new { name = "ccc", steps = new object[] { new ProcessesStep("processes", [document]) } }, RecipeJson.Options), ct);
        await using (var scope = database.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteFileAsync(recipe, ct);
        }

        var search = database.Services.GetRequiredService<SearchService>();
        var misses = new List<string>();
        foreach (var (query, expected) in Cases)
        {
            var results = await search.SearchAsync(new SearchRequest(query, Type: SearchTypes.Proposition, PageSize: 3), ct);
            var top = results.Hits.Select(h => h.Code).ToList();
            if (!top.Any(code => expected.Contains(code)))
            {
                misses.Add($"« {query} » → [{string.Join(", ", top)}], attendu {string.Join(" ou ", expected)}");
            }
        }

        Assert.True(Cases.Length >= 20);
        Assert.True(misses.Count == 0, string.Join(Environment.NewLine, misses));
    }
}
