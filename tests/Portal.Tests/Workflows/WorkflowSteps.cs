using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Identity;
using Portal.Workflows.Publication;

namespace Portal.Tests.Workflows;

/// <summary>Takes workflow transitions as named people, with the stamp their page would show now, on any service provider.</summary>
internal static class WorkflowSteps
{
    public static readonly StaffMember Editor = new("redaction@exemple.fr", [PortalRoles.Editor]);
    public static readonly StaffMember Copil1 = new("copil1@exemple.fr", [PortalRoles.CopilMember]);
    public static readonly StaffMember Copil2 = new("copil2@exemple.fr", [PortalRoles.CopilMember]);

    /// <summary>
    /// Acts on the given version, else on the version that offers this person the transition, else on the
    /// latest one (where a refused action is then refused).
    /// </summary>
    public static async Task<WorkflowOutcome> TakeAsync(
        IServiceProvider services, string id, string transition, StaffMember who, string? comment = null, int? version = null,
        DateTimeOffset? publishAt = null, IReadOnlyDictionary<string, string>? fieldComments = null)
    {
        var track = await TrackAsync(services, id, who, transition, version);
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PublicationWorkflow>().TakeAsync(
            new WorkflowRequest(id, track.Version.Version, transition, who, track.Stamp, comment, fieldComments, publishAt),
            TestContext.Current.CancellationToken);
    }

    public static async Task<VersionTrack> TrackAsync(IServiceProvider services, string id, StaffMember who, string? transition = null, int? version = null)
    {
        await using var scope = services.CreateAsyncScope();
        var item = (await scope.ServiceProvider.GetRequiredService<WorkflowQueries>().ForItemAsync(id, who, TestContext.Current.CancellationToken))!;
        return version is not null ? item.Tracks.Single(t => t.Version.Version == version)
            : item.Tracks.FirstOrDefault(t => t.Available.Any(a => a.Key == transition)) ?? item.Tracks[0];
    }

    /// <summary>The default workflow end to end: submitted by an editor, validated by two members, published now.</summary>
    public static async Task PublishThroughCopilAsync(IServiceProvider services, string id)
    {
        Assert.Equal(WorkflowOutcomeKind.Completed, (await TakeAsync(services, id, "soumettre", Editor)).Kind);
        Assert.Equal(WorkflowOutcomeKind.Recorded, (await TakeAsync(services, id, "valider", Copil1)).Kind);
        Assert.Equal(WorkflowOutcomeKind.Completed, (await TakeAsync(services, id, "valider", Copil2)).Kind);
        Assert.Equal(WorkflowOutcomeKind.Completed, (await TakeAsync(services, id, "publier", Editor)).Kind);
    }
}
