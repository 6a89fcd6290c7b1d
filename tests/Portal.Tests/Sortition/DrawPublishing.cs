using Microsoft.Extensions.DependencyInjection;
using Portal.Sortition.Publication;
using Portal.Tests.Workflows;

namespace Portal.Tests.Sortition;

/// <summary>Takes a draw's publication item through the COPIL workflow: submitted, approved twice, published.</summary>
internal static class DrawPublishing
{
    public static async Task PublishThroughCopilAsync(IServiceProvider services, string drawId)
    {
        string? id;
        await using (var scope = services.CreateAsyncScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<DrawPublication>().FindItemAsync(drawId, TestContext.Current.CancellationToken);
        }

        Assert.NotNull(id);
        await WorkflowSteps.PublishThroughCopilAsync(services, id);
    }
}
