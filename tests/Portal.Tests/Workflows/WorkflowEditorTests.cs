using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Audit;
using Portal.Core.Data;
using Portal.Core.Recipes;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Administration;
using Portal.Workflows.Definitions;

namespace Portal.Tests.Workflows;

/// <summary>Saving a definition from a form: one winner per stamp, even with a clock that does not move, on both engines.</summary>
public abstract class WorkflowEditorTests(DatabaseEngine engine)
{
    private static WorkflowDefinition WithQuorum(WorkflowDefinition definition, int quorum) => definition with
    {
        Transitions = [.. definition.Transitions.Select(t => t.Key == "valider" ? t with { Quorum = quorum } : t)],
    };

    private async Task<TestDatabase> SetUpAsync()
    {
        var database = await TestDatabase.CreateAsync(engine, new FixedClock(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero)));
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteFileAsync(Path.Combine(AppContext.BaseDirectory, "recipes", "setup.recipe.json"), TestContext.Current.CancellationToken);
        return database;
    }

    [Fact]
    public async Task Second_save_with_the_same_stamp_is_stale()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await SetUpAsync();
        await using var scope = database.Scope();
        var editor = scope.ServiceProvider.GetRequiredService<WorkflowEditor>();
        var current = (await editor.GetAsync(WorkflowStore.DefaultName, ct))!;

        var one = await editor.SaveAsync(WithQuorum(current.Definition, 3), current.Stamp, "a@exemple.fr", ct);
        var two = await editor.SaveAsync(WithQuorum(current.Definition, 5), current.Stamp, "b@exemple.fr", ct);
        var same = await editor.SaveAsync(WithQuorum(current.Definition, 3), (await editor.GetAsync(WorkflowStore.DefaultName, ct))!.Stamp, "a@exemple.fr", ct);

        Assert.Equal(WorkflowEditOutcome.Saved, one.Outcome);
        Assert.Equal(WorkflowEditOutcome.Stale, two.Outcome);
        Assert.Equal(WorkflowEditOutcome.Unchanged, same.Outcome);
        var workflow = await scope.ServiceProvider.GetRequiredService<WorkflowStore>().GetAsync(cancellationToken: ct);
        Assert.Equal(3, workflow!.Definition.Transitions.Single(t => t.Key == "valider").Quorum);
        Assert.True((await scope.ServiceProvider.GetRequiredService<AuditTrail>().VerifyAsync(ct)).Intact);
    }

    [Fact]
    public async Task Two_parallel_saves_of_one_form_have_one_winner_and_one_audit_entry()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await SetUpAsync();
        EditableWorkflow current;
        await using (var scope = database.Scope())
        {
            current = (await scope.ServiceProvider.GetRequiredService<WorkflowEditor>().GetAsync(WorkflowStore.DefaultName, ct))!;
        }

        async Task<WorkflowEditOutcome> SaveAsync(int quorum)
        {
            await using var scope = database.Scope();
            return (await scope.ServiceProvider.GetRequiredService<WorkflowEditor>().SaveAsync(WithQuorum(current.Definition, quorum), current.Stamp, $"{quorum}@exemple.fr", ct)).Outcome;
        }

        var outcomes = await Task.WhenAll(SaveAsync(3), SaveAsync(4));

        Assert.Equal([WorkflowEditOutcome.Saved, WorkflowEditOutcome.Stale], outcomes.Order());
        await using var check = database.Scope();
        var entries = await check.ServiceProvider.GetRequiredService<PortalDbContext>().Set<AuditEntry>()
            .Where(e => e.ContentType == AuditSubject.SettingType).ToListAsync(ct);
        Assert.Single(entries);
        Assert.True((await check.ServiceProvider.GetRequiredService<AuditTrail>().VerifyAsync(ct)).Intact);
    }
}

public sealed class SqliteWorkflowEditorTests() : WorkflowEditorTests(DatabaseEngine.Sqlite);

public sealed class PostgreSqlWorkflowEditorTests() : WorkflowEditorTests(DatabaseEngine.PostgreSql);
