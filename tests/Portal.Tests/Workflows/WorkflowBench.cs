using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Core.Recipes;
using Portal.Site;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Definitions;
using Portal.Workflows.Publication;

namespace Portal.Tests.Workflows;

/// <summary>
/// A migrated database with the setup recipe (the « Validation COPIL » workflow), staff accounts with
/// e-mail addresses, and helpers to drive one free page through the workflow as named people.
/// </summary>
internal sealed class WorkflowBench : IAsyncDisposable
{
    public static readonly StaffMember Editor = WorkflowSteps.Editor;
    public static readonly StaffMember Editor2 = new("redaction2@exemple.fr", [PortalRoles.Editor]);
    public static readonly StaffMember Copil1 = WorkflowSteps.Copil1;
    public static readonly StaffMember Copil2 = WorkflowSteps.Copil2;
    public static readonly StaffMember Copil3 = new("copil3@exemple.fr", [PortalRoles.CopilMember]);
    public static readonly StaffMember Admin = new("admin@exemple.fr", [PortalRoles.Administrator]);

    private WorkflowBench(TestDatabase database, FixedClock clock)
    {
        Database = database;
        Clock = clock;
    }

    public TestDatabase Database { get; }

    public FixedClock Clock { get; }

    public static async Task<WorkflowBench> CreateAsync(DatabaseEngine engine)
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 3, 12, 9, 0, 0, TimeSpan.Zero));
        var database = await TestDatabase.CreateAsync(engine, clock);
        await using var scope = database.Scope();
        var ct = TestContext.Current.CancellationToken;
        await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteFileAsync(Path.Combine(AppContext.BaseDirectory, "recipes", "setup.recipe.json"), ct);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        foreach (var member in new[] { Editor, Editor2, Copil1, Copil2, Copil3, Admin })
        {
            var user = new PortalUser { UserName = member.Name, Email = member.Name, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, "Mot-de-passe-de-test-1")).Succeeded);
            Assert.True((await users.AddToRolesAsync(user, member.Roles)).Succeeded);
        }

        return new WorkflowBench(database, clock);
    }

    public async Task<string> CreatePageAsync(string body = "Texte initial", string id = "page-test")
    {
        await using var scope = Database.Scope();
        var result = await scope.ServiceProvider.GetRequiredService<ContentStore>()
            .CreateAsync(new NewContentItem(new FreePage("Méthode", "methode", body), Editor.Name) { ContentItemId = id }, TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded);
        return id;
    }

    public async Task<ContentItemVersion> LatestAsync(string id)
    {
        await using var scope = Database.Scope();
        return (await scope.ServiceProvider.GetRequiredService<ContentStore>().GetLatestAsync(id, TestContext.Current.CancellationToken))!;
    }

    public async Task<ContentItemVersion?> PublishedAsync(string id)
    {
        await using var scope = Database.Scope();
        return await scope.ServiceProvider.GetRequiredService<ContentStore>().GetPublishedAsync(id, TestContext.Current.CancellationToken);
    }

    public async Task EditAsync(string id, string body, StaffMember who)
    {
        var latest = await LatestAsync(id);
        await using var scope = Database.Scope();
        var result = await scope.ServiceProvider.GetRequiredService<ContentStore>()
            .SaveDraftAsync(id, new FreePage("Méthode", "methode", body), who.Name, latest.ConcurrencyStamp, TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded);
    }

    /// <summary>Takes a transition on a version as that person, with the stamp their page would show now.</summary>
    public Task<WorkflowOutcome> TakeAsync(
        string id, string transition, StaffMember who, string? comment = null, int? version = null,
        DateTimeOffset? publishAt = null, IReadOnlyDictionary<string, string>? fieldComments = null) =>
        WorkflowSteps.TakeAsync(Database.Services, id, transition, who, comment, version, publishAt, fieldComments);

    /// <summary>The given version's track, else the latest one's.</summary>
    public Task<VersionTrack> TrackAsync(string id, StaffMember who, int? version = null) =>
        WorkflowSteps.TrackAsync(Database.Services, id, who, version: version);

    public async Task<ItemWorkflow> ItemAsync(string id, StaffMember who)
    {
        await using var scope = Database.Scope();
        return (await scope.ServiceProvider.GetRequiredService<WorkflowQueries>().ForItemAsync(id, who, TestContext.Current.CancellationToken))!;
    }

    /// <summary>Submits, then the two approvals of the default quorum: the version is « validé ».</summary>
    public async Task ApproveAsync(string id)
    {
        Assert.Equal(WorkflowOutcomeKind.Completed, (await TakeAsync(id, "soumettre", Editor)).Kind);
        Assert.Equal(WorkflowOutcomeKind.Recorded, (await TakeAsync(id, "valider", Copil1)).Kind);
        Assert.Equal(WorkflowOutcomeKind.Completed, (await TakeAsync(id, "valider", Copil2)).Kind);
    }

    public async Task<Workflow> WorkflowAsync()
    {
        await using var scope = Database.Scope();
        return (await scope.ServiceProvider.GetRequiredService<WorkflowStore>().GetAsync(cancellationToken: TestContext.Current.CancellationToken))!;
    }

    public async Task SaveDefinitionAsync(WorkflowDefinition definition)
    {
        await using var scope = Database.Scope();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<WorkflowStore>().SaveAsync(definition, TestContext.Current.CancellationToken));
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
