using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Recipes;
using Portal.Processes.Content;
using Portal.Processes.Recipes;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Suivi;

/// <summary>
/// A database with a fake clock and a process written for the devoir de suite: an opinion handed over on 1 March 2024
/// with a promised delay of four months (due 1 July 2024), and a second referral handed over on 1 September 2024.
/// </summary>
internal static class SuiviBench
{
    public const string ProcessId = "suivi-test";
    public const string Slug = "suivi-test";
    public static readonly DateOnly HandOver = new(2024, 3, 1);
    public static readonly DateOnly Due = new(2024, 7, 1);
    public static readonly DateOnly SecondHandOver = new(2024, 9, 1);

    public static FixedClock ClockAt(DateOnly day) => new(new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero));

    public static Response Answer(DateOnly? on, params Commitment[] commitments) =>
        new("retenue", "Le conseil l'a votée.", "Conseil départemental", commitments, RespondedOn: on);

    public static ProcessDocument Document(params PropositionDocument[] propositions) => new(
        ProcessId,
        new Process("Démarche de suivi", Slug, "Résumé.", "Département test", "Département", ["Mobilités"], new DateOnly(2023, 9, 1), new DateOnly(2024, 2, 28)),
        Avis: new CitizensOpinion("Synthèse.", HandOverDate: HandOver, ResponseDelayMonths: 4, Referrals: [new Referral("saisine-2", "Deuxième saisine", SecondHandOver)]),
        Propositions: propositions);

    public static PropositionDocument Proposition(string code, Response? answer = null, IReadOnlyList<FollowUp>? followUps = null, string? referral = null) =>
        new(code, $"Proposition {code}", "Texte.", "Mobilités", Reponse: answer, Suivis: followUps, Referral: referral);

    public static async Task LoadAsync(TestDatabase database, ProcessDocument document, CancellationToken cancellationToken)
    {
        var recipe = Path.Combine(database.Folder, $"suivi-{Guid.NewGuid():N}.recipe.json");
        await File.WriteAllTextAsync(recipe, JsonSerializer.Serialize(new { name = "suivi", steps = new object[] { new ProcessesStep("processes", [document]) } }, RecipeJson.Options), cancellationToken);
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteFileAsync(recipe, cancellationToken);
    }

    public static async Task<RecipeValidationException> RefusedAsync(DatabaseEngine engine, string json, CancellationToken cancellationToken)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var scope = database.Scope();
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return await Assert.ThrowsAsync<RecipeValidationException>(() => scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync("suivi.recipe.json", stream, cancellationToken));
    }
}
