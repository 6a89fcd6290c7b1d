using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Processes.Organisations;
using Portal.Site;
using Portal.Tests.Infrastructure;
using Portal.Tests.Workflows;
using Portal.Workflows.Publication;

namespace Portal.Tests.Organisations;

/// <summary>
/// In the workflow, a process owned by an organisation with members is submitted by those members alone: the site-wide
/// « Éditeur » of no membership is refused there, a member without any site-wide role may act.
/// </summary>
public sealed class OrganisationWorkflowTests
{
    private const string Process = "demarche-a";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, DatabaseEngines]
    public async Task Only_members_of_the_owning_organisation_submit_its_process(DatabaseEngine engine)
    {
        await using var bench = await WorkflowBench.CreateAsync(engine);
        var member = new StaffMember("membre@exemple.fr", []);
        await using (var scope = bench.Database.Scope())
        {
            var store = scope.ServiceProvider.GetRequiredService<OrganisationStore>();
            var organisation = (await store.SaveAsync(null, new OrganisationInput("Ville d'Exemple", null, OrganisationKind.Collectivite), "test", Ct)).Organisation!;
            await store.AssignAsync(organisation, Process, "test", Ct);
            await store.SetMemberAsync(organisation, member.Name, OrganisationRole.Editor, "test", Ct);
        }

        var owned = await CreatePageAsync(bench, Process);
        var unowned = await CreatePageAsync(bench, "demarche-b");

        Assert.Equal(WorkflowOutcomeKind.Refused, (await bench.TakeAsync(owned, "soumettre", WorkflowBench.Editor)).Kind);
        Assert.Equal(WorkflowOutcomeKind.Refused, (await bench.TakeAsync(unowned, "soumettre", member)).Kind);
        Assert.Equal(WorkflowOutcomeKind.Completed, (await bench.TakeAsync(owned, "soumettre", member)).Kind);
        Assert.Equal(WorkflowOutcomeKind.Completed, (await bench.TakeAsync(unowned, "soumettre", WorkflowBench.Editor)).Kind);
    }

    private static async Task<string> CreatePageAsync(WorkflowBench bench, string process)
    {
        await using var scope = bench.Database.Scope();
        var id = $"{process}/page";
        var created = await scope.ServiceProvider.GetRequiredService<ContentStore>()
            .CreateAsync(new NewContentItem(new FreePage("Méthode", "methode", "Texte initial"), WorkflowBench.Editor.Name) { ContentItemId = id, ProcessId = process }, Ct);
        Assert.True(created.Succeeded);
        return id;
    }
}
