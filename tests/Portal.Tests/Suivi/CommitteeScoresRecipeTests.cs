using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Processes.Content;
using Portal.Processes.Public;
using Portal.Processes.Recipes;
using Portal.Tests.Infrastructure;
using static Portal.Tests.Suivi.SuiviBench;

namespace Portal.Tests.Suivi;

/// <summary>The committee's scores per theme in the <c>processes</c> recipe step: loaded, read by the public, exported back, refused by path when wrong.</summary>
public sealed class CommitteeScoresRecipeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, DatabaseEngines]
    public async Task A_recipe_loads_the_committees_scores_and_the_export_gives_them_back(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine, ClockAt(new DateOnly(2025, 1, 15)));
        var scores = new CommitteeScores(new DateOnly(2024, 12, 2), [new ThemeScore("Mobilités", 3.3m, "Deux lignes sur cinq ouvertes.")], 3.3m);

        await LoadAsync(database, Document(Proposition("A-1")) with { NotesComite = scores }, Ct);

        await using var scope = database.Scope();
        var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
        var published = await store.GetPublishedAsync(ProcessItemIds.CommitteeScores(ProcessId), Ct);
        Assert.NotNull(published);
        Assert.Equal(ProcessId, published.ProcessId);
        var read = store.Read<CommitteeScores>(published);
        Assert.Equal((new DateOnly(2024, 12, 2), 3.3m, 10), (read.Date, read.Overall, read.ScaleMax));
        var only = Assert.Single(read.Scored);
        Assert.Equal(("Mobilités", 3.3m, "Deux lignes sur cinq ouvertes."), (only.Theme, only.Score, only.Comment));
        var view = await scope.ServiceProvider.GetRequiredService<ProcessReader>().GetBySlugAsync(Slug, Ct);
        Assert.Equal(3.3m, view!.Scores!.Overall);
        var exported = await scope.ServiceProvider.GetRequiredService<ProcessExport>().ExportAsync(ProcessId, Ct);
        Assert.Equal(read.Date, exported!.NotesComite!.Date);
        Assert.Equal(read.Scored, exported.NotesComite.Scored);
    }

    [Theory, DatabaseEngines]
    public async Task Scores_out_of_scale_of_an_unknown_theme_or_without_date_are_refused_with_their_json_paths(DatabaseEngine engine)
    {
        var json = """
            { "name": "notes", "steps": [ { "name": "processes", "processes": [ { "id": "x", "demarche": { "title": "X", "slug": "x", "summary": "", "organiser": "O", "territory": "T", "themes": ["Mobilités"], "startDate": "2024-01-01" },
              "notesComite": { "scaleMax": 10, "scores": [ { "theme": "Aéroport", "score": 11 }, { "theme": "Mobilités", "score": 2.25 } ], "overall": -1 } } ] } ] }
            """;

        var error = await RefusedAsync(engine, json, Ct);

        var messages = error.Errors.ToDictionary(e => e.JsonPath, e => e.Message);
        Assert.True(messages.Count == 5, string.Join(Environment.NewLine, messages.Select(m => $"{m.Key} : {m.Value}")));
        const string Root = "$.steps[0].processes[0].notesComite";
        Assert.Contains("thème inconnu « Aéroport »", messages[Root + ".scores[0].theme"], StringComparison.Ordinal);
        Assert.Contains("entre 0 et 10", messages[Root + ".scores[0].score"], StringComparison.Ordinal);
        Assert.Contains("une décimale au plus", messages[Root + ".scores[1].score"], StringComparison.Ordinal);
        Assert.Contains("entre 0 et 10", messages[Root + ".overall"], StringComparison.Ordinal);
        Assert.Contains("date de la notation est obligatoire", messages[Root + ".date"], StringComparison.Ordinal);
    }
}
