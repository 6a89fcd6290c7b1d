using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Audit;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Publication;

namespace Portal.Tests.Workflows;

/// <summary>The « Validation COPIL » workflow applied to real versions: who may act, quorum, binding to versions, send-back.</summary>
public sealed class PublicationWorkflowTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Brings the page to a state: « brouillon », « soumis », « valide », « publie » or « depublie ».</summary>
    private static async Task ReachAsync(WorkflowBench bench, string id, string state)
    {
        if (state == "brouillon")
        {
            return;
        }

        if (state == "soumis")
        {
            Assert.True((await bench.TakeAsync(id, "soumettre", WorkflowBench.Editor)).Succeeded);
            return;
        }

        await bench.ApproveAsync(id);
        if (state is "publie" or "depublie")
        {
            Assert.Equal(WorkflowOutcomeKind.Completed, (await bench.TakeAsync(id, "publier", WorkflowBench.Editor2)).Kind);
        }

        if (state == "depublie")
        {
            Assert.Equal(WorkflowOutcomeKind.Completed, (await bench.TakeAsync(id, "depublier", WorkflowBench.Admin, "Erreur de chiffres")).Kind);
        }
    }

    public static TheoryData<DatabaseEngine, string, string, string, WorkflowOutcomeKind> TransitionsByRole() => DatabaseEngines.Each(new TheoryData<string, string, string, WorkflowOutcomeKind>
    {
        // from state, transition, who (E = editor who submitted, E2 = another editor, C = COPIL member, A = administrator), outcome
        { "brouillon", "soumettre", "E", WorkflowOutcomeKind.Completed },
        { "brouillon", "soumettre", "A", WorkflowOutcomeKind.Completed },
        { "brouillon", "soumettre", "C", WorkflowOutcomeKind.Refused },
        { "soumis", "valider", "C", WorkflowOutcomeKind.Recorded },
        { "soumis", "valider", "E2", WorkflowOutcomeKind.Refused },
        { "soumis", "valider", "A", WorkflowOutcomeKind.Refused },
        { "soumis", "renvoyer", "C", WorkflowOutcomeKind.Completed },
        { "soumis", "renvoyer", "E", WorkflowOutcomeKind.Refused },
        { "soumis", "publier", "E", WorkflowOutcomeKind.Conflict },
        { "valide", "publier", "E", WorkflowOutcomeKind.Completed },
        { "valide", "publier", "E2", WorkflowOutcomeKind.Completed },
        { "valide", "publier", "A", WorkflowOutcomeKind.Completed },
        { "valide", "publier", "C", WorkflowOutcomeKind.Refused },
        { "publie", "depublier", "A", WorkflowOutcomeKind.Completed },
        { "publie", "depublier", "E", WorkflowOutcomeKind.Refused },
        { "publie", "depublier", "C", WorkflowOutcomeKind.Refused },
        { "depublie", "archiver", "A", WorkflowOutcomeKind.Completed },
        { "depublie", "archiver", "E", WorkflowOutcomeKind.Refused },
    });

    [Theory]
    [MemberData(nameof(TransitionsByRole))]
    public async Task Each_transition_is_taken_only_by_its_roles(DatabaseEngine engine, string state, string transition, string who, WorkflowOutcomeKind expected)
    {
        await using var bench = await WorkflowBench.CreateAsync(engine);
        var id = await bench.CreatePageAsync();
        await ReachAsync(bench, id, state);
        var actor = who switch
        {
            "E" => WorkflowBench.Editor,
            "E2" => WorkflowBench.Editor2,
            "C" => WorkflowBench.Copil3,
            _ => WorkflowBench.Admin,
        };

        var outcome = await bench.TakeAsync(id, transition, actor, comment: "Motif indiqué");

        Assert.Equal(expected, outcome.Kind);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Message));
    }

    [Theory, DatabaseEngines]
    public async Task Nobody_approves_their_own_submission_even_holding_every_role(DatabaseEngine engine)
    {
        await using var bench = await WorkflowBench.CreateAsync(engine);
        var id = await bench.CreatePageAsync();
        var everything = new StaffMember(WorkflowBench.Admin.Name, [PortalRoles.Administrator, PortalRoles.Editor, PortalRoles.CopilMember]);
        Assert.True((await bench.TakeAsync(id, "soumettre", everything)).Succeeded);

        var outcome = await bench.TakeAsync(id, "valider", everything);

        Assert.Equal(WorkflowOutcomeKind.Refused, outcome.Kind);
        Assert.Contains("propre soumission", outcome.Message, StringComparison.Ordinal);
        Assert.Empty((await bench.TrackAsync(id, everything)).Available);
    }

    [Theory, DatabaseEngines]
    public async Task A_definition_without_forbid_author_still_refuses_the_author_a_review(DatabaseEngine engine)
    {
        await using var bench = await WorkflowBench.CreateAsync(engine);
        var workflow = await bench.WorkflowAsync();
        await bench.SaveDefinitionAsync(workflow.Definition with
        {
            Transitions = [.. workflow.Definition.Transitions.Select(t => t with { ForbidAuthor = false })],
        });
        var id = await bench.CreatePageAsync();
        var both = new StaffMember("copil-redaction@exemple.fr", [PortalRoles.Editor, PortalRoles.CopilMember]);
        Assert.True((await bench.TakeAsync(id, "soumettre", both)).Succeeded);

        Assert.Equal(WorkflowOutcomeKind.Refused, (await bench.TakeAsync(id, "valider", both)).Kind);
        Assert.Equal(WorkflowOutcomeKind.Refused, (await bench.TakeAsync(id, "renvoyer", both, "moi-même")).Kind);
    }

    [Theory, DatabaseEngines]
    public async Task Two_distinct_approvals_validate_and_the_same_member_counts_once(DatabaseEngine engine)
    {
        await using var bench = await WorkflowBench.CreateAsync(engine);
        var id = await bench.CreatePageAsync();
        await bench.TakeAsync(id, "soumettre", WorkflowBench.Editor);

        var first = await bench.TakeAsync(id, "valider", WorkflowBench.Copil1);
        var again = await bench.TakeAsync(id, "valider", WorkflowBench.Copil1);

        Assert.Equal(WorkflowOutcomeKind.Recorded, first.Kind);
        Assert.Contains("Il en manque 1", first.Message, StringComparison.Ordinal);
        Assert.Equal(WorkflowOutcomeKind.Refused, again.Kind);
        Assert.Equal("soumis", (await bench.TrackAsync(id, WorkflowBench.Editor)).State.Key);

        var second = await bench.TakeAsync(id, "valider", WorkflowBench.Copil2);

        Assert.Equal(WorkflowOutcomeKind.Completed, second.Kind);
        var approved = await bench.TrackAsync(id, WorkflowBench.Editor);
        Assert.Equal("valide", approved.State.Key);
        Assert.Equal(bench.Clock.Now.UtcDateTime, approved.Submission!.StateSinceUtc);
        Assert.Equal((ContentStatus.Draft, true), (approved.Version.Status, approved.Version.Frozen));
        Assert.Null(await bench.PublishedAsync(id));
    }

    [Theory, DatabaseEngines]
    public async Task A_quorum_of_three_from_the_definition_needs_three_members(DatabaseEngine engine)
    {
        await using var bench = await WorkflowBench.CreateAsync(engine);
        var workflow = await bench.WorkflowAsync();
        await bench.SaveDefinitionAsync(workflow.Definition with
        {
            Transitions = [.. workflow.Definition.Transitions.Select(t => t.Key == "valider" ? t with { Quorum = 3 } : t)],
        });
        var id = await bench.CreatePageAsync();
        await bench.TakeAsync(id, "soumettre", WorkflowBench.Editor);

        Assert.Equal(WorkflowOutcomeKind.Recorded, (await bench.TakeAsync(id, "valider", WorkflowBench.Copil1)).Kind);
        Assert.Equal(WorkflowOutcomeKind.Recorded, (await bench.TakeAsync(id, "valider", WorkflowBench.Copil2)).Kind);
        Assert.Equal(WorkflowOutcomeKind.Completed, (await bench.TakeAsync(id, "valider", WorkflowBench.Copil3)).Kind);
    }

    [Theory, DatabaseEngines]
    public async Task The_chair_alone_suffices_when_the_definition_says_so(DatabaseEngine engine)
    {
        await using var bench = await WorkflowBench.CreateAsync(engine);
        var workflow = await bench.WorkflowAsync();
        await bench.SaveDefinitionAsync(workflow.Definition with
        {
            Transitions = [.. workflow.Definition.Transitions.Select(t => t.Key == "valider" ? t with { ChairRole = PortalRoles.Administrator, Roles = [PortalRoles.CopilMember, PortalRoles.Administrator] } : t)],
        });
        var id = await bench.CreatePageAsync();
        await bench.TakeAsync(id, "soumettre", WorkflowBench.Editor);

        var outcome = await bench.TakeAsync(id, "valider", WorkflowBench.Admin);

        Assert.Equal(WorkflowOutcomeKind.Completed, outcome.Kind);
        Assert.Equal("valide", (await bench.TrackAsync(id, WorkflowBench.Editor)).State.Key);
    }

    [Theory, DatabaseEngines]
    public async Task Editing_after_submission_withdraws_it_and_its_approvals(DatabaseEngine engine)
    {
        await using var bench = await WorkflowBench.CreateAsync(engine);
        var id = await bench.CreatePageAsync();
        await bench.TakeAsync(id, "soumettre", WorkflowBench.Editor);
        await bench.TakeAsync(id, "valider", WorkflowBench.Copil1);
        var staleTrack = await bench.TrackAsync(id, WorkflowBench.Copil2);

        await bench.EditAsync(id, "Texte corrigé après soumission", WorkflowBench.Editor);

        await using (var scope = bench.Database.Scope())
        {
            var late = await scope.ServiceProvider.GetRequiredService<PublicationWorkflow>().TakeAsync(
                new WorkflowRequest(id, 1, "valider", WorkflowBench.Copil2, staleTrack.Stamp), Ct);
            Assert.False(late.Succeeded);
        }

        var versions = await VersionsAsync(bench, id);
        Assert.Equal([(ContentStatus.Draft, true, false), (ContentStatus.Draft, false, true)], versions.Select(v => (v.Status, v.Frozen, v.Latest)));
        var track = await bench.TrackAsync(id, WorkflowBench.Editor);
        Assert.Equal("brouillon", track.State.Key);
        Assert.Equal(2, track.Version.Version);

        // The new version starts again: one approval is not enough, the earlier one does not count.
        await bench.TakeAsync(id, "soumettre", WorkflowBench.Editor);
        Assert.Equal(WorkflowOutcomeKind.Recorded, (await bench.TakeAsync(id, "valider", WorkflowBench.Copil2)).Kind);
        Assert.Contains((await bench.ItemAsync(id, WorkflowBench.Editor)).History, h => h.Action.Transition == "retrait" && h.Version == 1);
    }

    [Theory, DatabaseEngines]
    public async Task Sending_back_needs_a_comment_and_keeps_field_comments_for_the_author(DatabaseEngine engine)
    {
        await using var bench = await WorkflowBench.CreateAsync(engine);
        var id = await bench.CreatePageAsync();
        await bench.TakeAsync(id, "soumettre", WorkflowBench.Editor);

        var silent = await bench.TakeAsync(id, "renvoyer", WorkflowBench.Copil1, comment: "  ");
        var sent = await bench.TakeAsync(id, "renvoyer", WorkflowBench.Copil1, comment: "À reprendre", fieldComments: new Dictionary<string, string> { ["body"] = "Citer la délibération", ["title"] = " " });

        Assert.Equal(WorkflowOutcomeKind.Refused, silent.Kind);
        Assert.Contains("commentaire", silent.Message, StringComparison.Ordinal);
        Assert.Equal(WorkflowOutcomeKind.Completed, sent.Kind);
        Assert.True((await bench.LatestAsync(id)).Frozen);
        var item = await bench.ItemAsync(id, WorkflowBench.Editor);
        Assert.Equal("À reprendre", item.SendBack!.Comment);
        Assert.Equal(new Dictionary<string, string> { ["body"] = "Citer la délibération" }, item.SendBack.FieldComments);
        Assert.Equal(["soumettre"], item.Tracks[0].Available.Select(t => t.Key));

        // The version the COPIL read stays as it was: the correction is a new version.
        await bench.EditAsync(id, "Texte corrigé", WorkflowBench.Editor);
        Assert.Equal([(1, true), (2, false)], (await VersionsAsync(bench, id)).Select(v => (v.Version, v.Frozen)));
        Assert.Null((await bench.ItemAsync(id, WorkflowBench.Editor)).SendBack);
    }

    [Theory, DatabaseEngines]
    public async Task Publishing_and_unpublishing_move_the_public_version_and_every_step_is_audited(DatabaseEngine engine)
    {
        await using var bench = await WorkflowBench.CreateAsync(engine);
        var id = await bench.CreatePageAsync();
        await bench.ApproveAsync(id);

        Assert.Equal(WorkflowOutcomeKind.Completed, (await bench.TakeAsync(id, "publier", WorkflowBench.Editor)).Kind);
        Assert.Equal(1, (await bench.PublishedAsync(id))!.Version);
        Assert.Equal(WorkflowOutcomeKind.Completed, (await bench.TakeAsync(id, "depublier", WorkflowBench.Admin, "Erreur de chiffres")).Kind);
        Assert.Null(await bench.PublishedAsync(id));

        await using var scope = bench.Database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var trail = await db.Set<AuditEntry>().OrderBy(e => e.Sequence).Select(e => new { e.Actor, e.Action, e.ContentItemId, e.Version, e.Comment }).ToListAsync(Ct);
        Assert.Contains(trail, e => e.Action == "circuit:soumettre" && e.Actor == WorkflowBench.Editor.Name && e.Version == 1);
        Assert.Contains(trail, e => e.Action == "circuit:valider:accord" && e.Actor == WorkflowBench.Copil1.Name);
        Assert.Contains(trail, e => e.Action == "circuit:valider" && e.Actor == WorkflowBench.Copil2.Name);
        Assert.Contains(trail, e => e.Action == "circuit:depublier" && e.Comment == "Erreur de chiffres");

        // One entry per transition: the store writes the publication under the workflow's name, not a second time.
        Assert.Equal(["circuit:soumettre", "circuit:valider:accord", "circuit:valider", "circuit:publier", "circuit:depublier"],
            trail.Where(e => e.ContentItemId == id && e.Action != "creation").Select(e => e.Action));
        Assert.Equal(bench.Clock.Now.UtcDateTime, (await db.ContentItemVersions.SingleAsync(v => v.ContentItemId == id, Ct)).ApprovedUtc);
        Assert.True((await scope.ServiceProvider.GetRequiredService<AuditTrail>().VerifyAsync(Ct)).Intact);
    }

    [Theory, DatabaseEngines]
    public async Task A_recipe_published_item_can_be_unpublished_by_an_administrator(DatabaseEngine engine)
    {
        await using var bench = await WorkflowBench.CreateAsync(engine);
        var id = await bench.CreatePageAsync();
        await using (var scope = bench.Database.Scope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<ContentStore>().PublishAsync(id, 1, "recette", cancellationToken: Ct)).Succeeded);
        }

        Assert.Equal("publie", (await bench.TrackAsync(id, WorkflowBench.Admin)).State.Key);
        Assert.Equal(WorkflowOutcomeKind.Completed, (await bench.TakeAsync(id, "depublier", WorkflowBench.Admin, "Retrait demandé")).Kind);
        Assert.Null(await bench.PublishedAsync(id));
    }

    private static async Task<List<ContentItemVersion>> VersionsAsync(WorkflowBench bench, string id)
    {
        await using var scope = bench.Database.Scope();
        return await scope.ServiceProvider.GetRequiredService<ContentStore>().GetVersionsAsync(id, Ct);
    }
}
