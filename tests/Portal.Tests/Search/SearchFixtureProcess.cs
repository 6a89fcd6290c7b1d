using Portal.Core.Content;
using Portal.Processes.Content;

namespace Portal.Tests.Search;

/// <summary>A small published process to search: two propositions, a response, a follow-up and a speaker.</summary>
internal static class SearchFixtureProcess
{
    public const string ProcessId = "recherche-test";

    public static readonly Process Process = new(
        "Convention locale pour le climat", "convention-locale-climat", "Des habitants tirés au sort proposent des mesures pour le climat.",
        "Ville d'Exemple", "Exemple", ["Climat", "Mobilités"], new DateOnly(2024, 3, 1), new DateOnly(2024, 9, 30));

    public static async Task PublishAsync(ContentStore store, CancellationToken ct)
    {
        await CreateAndPublishAsync(store, new NewContentItem(Process, "editeur") { ContentItemId = ProcessId }, ct);
        await CreateAndPublishAsync(store, Item(new Proposition("P-12", "Des cantines écologiques", "Servir des repas écologiques et locaux dans les cantines scolaires.", "Alimentation", Order: 1), "P-12"), ct);
        await CreateAndPublishAsync(store, Item(new Proposition("P-2", "Soutenir les agricultures paysannes", "Aider les agricultures biologiques et paysannes du territoire ; 12 fermes pilotes.", "Alimentation", Order: 2), "P-2"), ct);
        await CreateAndPublishAsync(store, new NewContentItem(new Response("retenue", "La ville introduit des menus végétariens.", "Direction de l'éducation", [new Commitment("Deux menus par semaine")]), "editeur")
        { ContentItemId = ProcessId + "/P-12/reponse", ProcessId = ProcessId, ContainerId = ProcessId + "/P-12" }, ct);
        await CreateAndPublishAsync(store, new NewContentItem(new FollowUp(new DateOnly(2025, 1, 15), "en-cours", "Premiers menus servis dans trois écoles.", []), "editeur")
        { ContentItemId = ProcessId + "/P-12/suivi-1", ProcessId = ProcessId, ContainerId = ProcessId + "/P-12" }, ct);
        await CreateAndPublishAsync(store, new NewContentItem(new Speaker("Camille Martin", "Climatologue", "Université d'Exemple", "Le réchauffement local", "Comité de garants", "Scientifique"), "editeur")
        { ContentItemId = ProcessId + "/intervenant-1", ProcessId = ProcessId }, ct);
    }

    public static NewContentItem Item(Proposition proposition, string code) =>
        new(proposition, "editeur") { ContentItemId = ProcessId + "/" + code, ProcessId = ProcessId };

    public static async Task CreateAndPublishAsync(ContentStore store, NewContentItem item, CancellationToken ct)
    {
        var created = await store.CreateAsync(item, ct);
        Assert.True(created.Succeeded);
        Assert.True((await store.PublishAsync(created.Version!.ContentItemId, created.Version.Version, "copil", cancellationToken: ct)).Succeeded);
    }
}
