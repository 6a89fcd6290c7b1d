using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Sortition.Publication;
using Portal.Tests.Workflows;

namespace Portal.Tests.Sortition;

/// <summary>Makes a draw's commitment public: through the COPIL workflow, or as a publication history row for storage tests without a process.</summary>
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

    /// <summary>A published version of the draw's publication item, as the workflow leaves it, at <paramref name="publishedUtc"/>.</summary>
    public static async Task RecordPublishedAsync(IServiceProvider scopeServices, string drawId, DateTime publishedUtc)
    {
        var db = scopeServices.GetRequiredService<PortalDbContext>();
        db.ContentItemVersions.Add(new ContentItemVersion
        {
            ContentItemId = DrawPublication.ItemId("demarche-test", drawId),
            ContentType = DrawPublication.ContentType,
            Version = 1,
            Status = ContentStatus.Published,
            Latest = true,
            Published = true,
            DisplayText = "Tirage au sort du panel",
            Data = "{}",
            Author = "test",
            CreatedUtc = publishedUtc,
            ModifiedUtc = publishedUtc,
            PublishedUtc = publishedUtc,
            ConcurrencyStamp = Guid.NewGuid().ToString("N"),
        });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
