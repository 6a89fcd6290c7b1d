using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Publication;

namespace Portal.Tests.Workflows;

/// <summary>Four eyes follow the writer, not the clicker: whoever saved any text of a version never reviews it.</summary>
public sealed class WritersAreAuthorsTests
{
    /// <summary>A member holding both roles: writes as an editor, reviews as the COPIL.</summary>
    private static readonly StaffMember Writer = new("redaction-copil@exemple.fr", [PortalRoles.Editor, PortalRoles.CopilMember]);

    [Theory, DatabaseEngines]
    public async Task A_writer_cannot_approve_a_draft_another_editor_submitted(DatabaseEngine engine)
    {
        await using var bench = await WorkflowBench.CreateAsync(engine);
        var id = await bench.CreatePageAsync();
        await bench.EditAsync(id, "Texte écrit par le membre du COPIL rédacteur", Writer);
        await bench.EditAsync(id, "Texte écrit par le membre du COPIL rédacteur, relu", WorkflowBench.Editor);
        Assert.Equal(WorkflowOutcomeKind.Completed, (await bench.TakeAsync(id, "soumettre", WorkflowBench.Editor2)).Kind);

        var approval = await bench.TakeAsync(id, "valider", Writer);
        var sendBack = await bench.TakeAsync(id, "renvoyer", Writer, comment: "Je me renvoie mon propre texte");

        Assert.Equal(WorkflowOutcomeKind.Refused, approval.Kind);
        Assert.Contains("un texte qu'il a écrit", approval.Message, StringComparison.Ordinal);
        Assert.Equal(WorkflowOutcomeKind.Refused, sendBack.Kind);
        Assert.Empty((await bench.TrackAsync(id, Writer)).Available);
        Assert.Equal(WorkflowOutcomeKind.Recorded, (await bench.TakeAsync(id, "valider", WorkflowBench.Copil1)).Kind);
    }

    [Theory, DatabaseEngines]
    public async Task A_writer_of_a_withdrawn_version_still_cannot_approve_the_version_that_replaced_it(DatabaseEngine engine)
    {
        await using var bench = await WorkflowBench.CreateAsync(engine);
        var id = await bench.CreatePageAsync();
        await bench.EditAsync(id, "Premier jet du membre du COPIL rédacteur", Writer);
        Assert.Equal(WorkflowOutcomeKind.Completed, (await bench.TakeAsync(id, "soumettre", WorkflowBench.Editor)).Kind);

        // Editing the submitted version withdraws it and starts version 2 from its text.
        await bench.EditAsync(id, "Premier jet du membre du COPIL rédacteur, une virgule en plus", WorkflowBench.Editor2);
        Assert.Equal(WorkflowOutcomeKind.Completed, (await bench.TakeAsync(id, "soumettre", WorkflowBench.Editor2)).Kind);

        Assert.Equal(WorkflowOutcomeKind.Refused, (await bench.TakeAsync(id, "valider", Writer)).Kind);
    }

    [Theory, DatabaseEngines]
    public async Task Writing_an_earlier_published_version_does_not_bar_reviewing_a_later_one(DatabaseEngine engine)
    {
        await using var bench = await WorkflowBench.CreateAsync(engine);
        var id = await bench.CreatePageAsync();
        await bench.EditAsync(id, "Texte publié, écrit par le membre du COPIL rédacteur", Writer);
        await bench.ApproveAsync(id);
        Assert.Equal(WorkflowOutcomeKind.Completed, (await bench.TakeAsync(id, "publier", WorkflowBench.Editor)).Kind);

        await bench.EditAsync(id, "Texte suivant, écrit par un autre éditeur", WorkflowBench.Editor2);
        Assert.Equal(WorkflowOutcomeKind.Completed, (await bench.TakeAsync(id, "soumettre", WorkflowBench.Editor2)).Kind);

        Assert.Equal(WorkflowOutcomeKind.Recorded, (await bench.TakeAsync(id, "valider", Writer)).Kind);
    }
}
