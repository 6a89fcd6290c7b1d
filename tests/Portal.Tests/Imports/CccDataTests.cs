using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Recipes;
using Portal.Processes.Indexes;
using Portal.Processes.Public;
using Portal.Processes.Recipes;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Imports;

/// <summary>The real CCC 2020 proposals, published as one process through a recipe file.</summary>
public sealed class CccDataTests
{
    [Theory, DatabaseEngines]
    public async Task The_Convention_Citoyenne_proposals_are_published_as_one_process(DatabaseEngine engine)
    {
        var ct = TestContext.Current.CancellationToken;
        var folder = SharedData.Folder("ccc-2020-propositions-suivi");
        var source = Path.Combine(folder, "ccc-149-propositions.json");
        var document = CccTrackerRecipe.Read(source);
        using var raw = JsonDocument.Parse(await File.ReadAllTextAsync(source, ct));
        var expected = raw.RootElement.GetArrayLength();
        var expectedFollowUps = raw.RootElement.EnumerateArray().Sum(p => p.GetProperty("suivi").GetArrayLength());
        Assert.True(expected >= 149, "the tracker lists the 149 proposals (some split into sub-items)");

        await using var database = await TestDatabase.CreateAsync(engine);
        var recipe = Path.Combine(Directory.CreateTempSubdirectory("portal-ccc-").FullName, "ccc.recipe.json");
        await File.WriteAllTextAsync(recipe, JsonSerializer.Serialize(new { name = "ccc", steps = new object[] { new ProcessesStep("processes", [document]) } }, RecipeJson.Options), ct);
        await using (var scope = database.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteFileAsync(recipe, ct);
        }

        await using var check = database.Scope();
        var db = check.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(1, await db.Set<ProcessIndex>().CountAsync(ct));
        Assert.Equal(expected, await db.Set<PropositionIndex>().CountAsync(p => p.ProcessId == "ccc-2020", ct));
        Assert.Equal(expected, await db.Set<ResponseIndex>().CountAsync(ct));
        Assert.Equal(expectedFollowUps, await db.Set<FollowUpIndex>().CountAsync(ct));
        var reader = check.ServiceProvider.GetRequiredService<PropositionReader>();
        var listing = await reader.ListAsync("ccc-2020", new PropositionFilter(), ct);
        Assert.Equal(expected, listing.Total);
        Assert.Equal(PropositionListing.PageSize, listing.Items.Count);
        Assert.Equal(expected, listing.Decisions.Sum(d => d.Count));
        var scoreCarbone = (await reader.GetAsync("convention-citoyenne-climat-2020", "c1.1", ct))!.Item;
        Assert.Contains("score carbone", scoreCarbone.Proposition.Text, StringComparison.Ordinal);
        Assert.Equal(2, scoreCarbone.Suivis.Count);
        Assert.NotNull(scoreCarbone.Reponse);

        // The tracker's follow-up status is on the process's devoir de suite dashboard.
        var tracked = await check.ServiceProvider.GetRequiredService<FollowUpTracking>().ReadAsync(new TrackingScope(Process: "convention-citoyenne-climat-2020"), ct);
        var dashboard = FollowUpDashboard.Of(new TrackingScope(Process: "convention-citoyenne-climat-2020"), tracked);
        string[] statuses = [.. raw.RootElement.EnumerateArray().Select(p => p.GetProperty("statut").GetString()!)];
        Assert.Equal(expected, dashboard.All.Propositions);
        Assert.Equal(statuses.Count(s => s == "fait"), dashboard.All.Commitments.Done);
        Assert.Equal(statuses.Count(s => s == "joker"), dashboard.All.Commitments.Abandoned);
        Assert.Equal(statuses.Count(s => s is not "fait" and not "joker"), dashboard.All.Commitments.InProgress);
        Assert.Equal(expected, dashboard.All.Answered);
    }
}
