using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Core.Recipes;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Definitions;

namespace Portal.Tests.Workflows;

/// <summary>The « Validation COPIL » definition from the setup recipe, as an immutable state machine.</summary>
public sealed class WorkflowDefinitionTests
{
    private static async Task<(TestDatabase Database, Workflow Workflow)> DefaultAsync(DatabaseEngine? engine = null)
    {
        var database = engine is { } both
            ? await TestDatabase.CreateAsync(both)
            : await TestDatabase.CreateSqliteOnlyAsync("the state machine is in memory: loading the definition from PostgreSQL is covered by the tests that pass an engine");
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteFileAsync(Path.Combine(AppContext.BaseDirectory, "recipes", "setup.recipe.json"), TestContext.Current.CancellationToken);
        var workflow = await scope.ServiceProvider.GetRequiredService<WorkflowStore>().GetAsync(cancellationToken: TestContext.Current.CancellationToken);
        return (database, workflow!);
    }

    public static TheoryData<string, string, bool, string> AvailableTransitions() => new()
    {
        // state, role, is the submission's author, transitions offered
        { "brouillon", PortalRoles.Editor, true, "soumettre" },
        { "brouillon", PortalRoles.CopilMember, false, "" },
        { "brouillon", PortalRoles.Administrator, false, "soumettre" },
        { "soumis", PortalRoles.Editor, true, "" },
        { "soumis", PortalRoles.CopilMember, false, "renvoyer valider" },
        { "soumis", PortalRoles.CopilMember, true, "" },
        { "soumis", PortalRoles.Administrator, false, "" },
        { "valide", PortalRoles.Editor, true, "publier" },
        { "valide", PortalRoles.CopilMember, false, "" },
        { "publie", PortalRoles.Editor, false, "" },
        { "publie", PortalRoles.Administrator, false, "depublier" },
        { "depublie", PortalRoles.Administrator, false, "archiver" },
        { "archive", PortalRoles.Administrator, false, "" },
    };

    [Theory]
    [MemberData(nameof(AvailableTransitions))]
    public async Task Each_state_offers_each_role_its_transitions(string state, string role, bool isAuthor, string expected)
    {
        var (database, workflow) = await DefaultAsync();
        await using var _ = database;

        var offered = workflow.Available(state, [role], isAuthor).Select(t => t.Key);

        Assert.Equal(expected, string.Join(' ', offered));
    }

    [Theory, DatabaseEngines]
    public async Task Nobody_approves_their_own_submission_whatever_their_roles(DatabaseEngine engine)
    {
        var (database, workflow) = await DefaultAsync(engine);
        await using var _ = database;
        var approve = workflow.Definition.Transitions.Single(t => t.Key == "valider");

        var decision = workflow.Decide(approve, new WorkflowActor("u1", [PortalRoles.CopilMember, PortalRoles.Editor, PortalRoles.Administrator], IsAuthor: true), null, []);

        Assert.False(decision.Accepted);
        Assert.Equal("Personne ne valide sa propre soumission, ni un texte qu'il a écrit, même soumis par un autre.", decision.Refusal);
    }

    [Theory, DatabaseEngines]
    public async Task Approval_needs_two_distinct_members_and_sending_back_needs_a_comment(DatabaseEngine engine)
    {
        var (database, workflow) = await DefaultAsync(engine);
        await using var _ = database;
        var approve = workflow.Definition.Transitions.Single(t => t.Key == "valider");
        var sendBack = workflow.Definition.Transitions.Single(t => t.Key == "renvoyer");
        var first = new WorkflowActor("m1", [PortalRoles.CopilMember], false);
        var second = new WorkflowActor("m2", [PortalRoles.CopilMember], false);

        var one = workflow.Decide(approve, first, null, []);
        var again = workflow.Decide(approve, first, null, [first]);
        var two = workflow.Decide(approve, second, null, [first]);

        Assert.Equal((true, false, 1), (one.Accepted, one.Complete, one.MissingApprovals));
        Assert.False(again.Accepted);
        Assert.True(two.Complete);
        Assert.Contains("commentaire", workflow.Decide(sendBack, first, "  ", []).Refusal, StringComparison.Ordinal);
        Assert.True(workflow.Decide(sendBack, first, "Préciser le budget.", []).Complete);
    }

    [Fact]
    public void The_chair_alone_completes_a_quorum_when_the_definition_says_so()
    {
        var definition = new WorkflowDefinition("copil-presidence", "Validation par la présidence", "soumis",
            [new("soumis", "Soumis"), new("publie", "Publié", Publishes: true)],
            [new("valider", "Valider", "soumis", "publie", [PortalRoles.CopilMember, "Présidence du COPIL"], Quorum: 3, ChairRole: "Présidence du COPIL", ForbidAuthor: true)]);
        var workflow = Workflow.From(definition, [PortalRoles.CopilMember, "Présidence du COPIL"]);
        var approve = definition.Transitions[0];

        Assert.Equal(2, workflow.Decide(approve, new("m1", [PortalRoles.CopilMember], false), null, []).MissingApprovals);
        Assert.True(workflow.Decide(approve, new("chair", ["Présidence du COPIL"], false), null, []).Complete);
    }

    [Theory, DatabaseEngines]
    public async Task Invalid_definitions_are_refused_with_what_is_wrong_and_where(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var file = Path.Combine(Directory.CreateTempSubdirectory("portal-wf-").FullName, "circuit.recipe.json");
        await File.WriteAllTextAsync(file, """
            { "name": "circuit", "steps": [ { "name": "workflows", "workflows": [ {
              "name": "casse", "title": "Cassé", "initialState": "brouillon",
              "states": [ { "key": "brouillon", "label": "Brouillon" }, { "key": "soumis", "label": "Soumis" },
                          { "key": "publie", "label": "Publié", "publishes": true }, { "key": "oublie", "label": "Jamais atteint" } ],
              "transitions": [
                { "key": "soumettre", "label": "Soumettre", "from": "brouillon", "to": "soumis", "roles": [ "Éditeur" ] },
                { "key": "publier", "label": "Publier", "from": "soumis", "to": "publie", "roles": [] },
                { "key": "voler", "label": "Voler", "from": "soumis", "to": "nulle-part", "roles": [ "Pirate" ] } ] } ] } ] }
            """, TestContext.Current.CancellationToken);
        await using var scope = database.Scope();

        var error = await Assert.ThrowsAsync<RecipeValidationException>(() => scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteFileAsync(file, TestContext.Current.CancellationToken));

        var messages = error.Errors.Select(e => $"{e.JsonPath} : {e.Message}").ToList();
        Assert.Contains("$.steps[0].workflows[0].transitions[1].roles : la transition « publier » n'est permise à aucun rôle", messages);
        Assert.Contains("$.steps[0].workflows[0].transitions[2].to : « voler » mène à un état inconnu « nulle-part »", messages);
        Assert.Contains("$.steps[0].workflows[0].transitions[2].roles : rôle inconnu « Pirate » dans « voler »", messages);
        Assert.Contains("$.steps[0].workflows[0].states : l'état « oublie » ne peut être atteint depuis « brouillon »", messages);
        Assert.Null(await scope.ServiceProvider.GetRequiredService<WorkflowStore>().GetAsync("casse", TestContext.Current.CancellationToken));
    }
}
