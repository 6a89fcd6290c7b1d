using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Identity;
using Portal.Sortition.Publication;
using Portal.Workflows.Publication;

namespace Portal.Tests.Sortition;

/// <summary>Takes a draw's publication item through the COPIL workflow: submitted, approved twice, published.</summary>
internal static class DrawPublishing
{
    public static async Task PublishThroughCopilAsync(IServiceProvider services, string drawId)
    {
        var ct = TestContext.Current.CancellationToken;
        string id;
        await using (var scope = services.CreateAsyncScope())
        {
            id = (await scope.ServiceProvider.GetRequiredService<DrawPublication>().FindItemAsync(drawId, ct))!;
            Assert.NotNull(id);
        }

        var editor = new StaffMember("redaction@exemple.fr", [PortalRoles.Editor]);
        foreach (var (transition, who) in new[]
        {
            ("soumettre", editor),
            ("valider", new StaffMember("copil1@exemple.fr", [PortalRoles.CopilMember])),
            ("valider", new StaffMember("copil2@exemple.fr", [PortalRoles.CopilMember])),
            ("publier", editor),
        })
        {
            await using var scope = services.CreateAsyncScope();
            var track = (await scope.ServiceProvider.GetRequiredService<WorkflowQueries>().ForItemAsync(id, who, ct))!.Tracks[0];
            var outcome = await scope.ServiceProvider.GetRequiredService<PublicationWorkflow>()
                .TakeAsync(new WorkflowRequest(id, track.Version.Version, transition, who, track.Stamp), ct);
            Assert.True(outcome.Succeeded, outcome.Message);
        }
    }
}
