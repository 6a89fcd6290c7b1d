using Microsoft.Extensions.Logging.Abstractions;
using Portal.Core;
using Portal.Core.Cluster;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Cluster;

/// <summary>Scheduled work runs on one node at a time: the holder of a PostgreSQL advisory lock.</summary>
public sealed class ClusterLeaderTests
{
    [Fact]
    public async Task One_node_leads_and_another_takes_over_when_it_stops()
    {
        var (name, connectionString) = TestPostgres.CreateDatabase();
        try
        {
            var options = new PortalOptions { Database = { Provider = "PostgreSql", ConnectionString = connectionString } };
            var first = new ClusterLeader(new ClusterDatabase(options), NullLogger<ClusterLeader>.Instance);
            await using var second = new ClusterLeader(new ClusterDatabase(options), NullLogger<ClusterLeader>.Instance);

            Assert.True(await first.IsLeaderAsync(TestContext.Current.CancellationToken));
            Assert.True(await first.IsLeaderAsync(TestContext.Current.CancellationToken));
            Assert.False(await second.IsLeaderAsync(TestContext.Current.CancellationToken));

            await first.DisposeAsync();
            Assert.True(await second.IsLeaderAsync(TestContext.Current.CancellationToken));
        }
        finally
        {
            TestPostgres.DropDatabase(name, connectionString);
        }
    }

    [Fact]
    public async Task A_single_sqlite_node_always_leads()
    {
        await using var leader = new ClusterLeader(new ClusterDatabase(new PortalOptions()), NullLogger<ClusterLeader>.Instance);
        Assert.True(await leader.IsLeaderAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Too_many_tags_for_one_notification_evict_the_whole_site()
    {
        var tags = Enumerable.Range(0, 1000).Select(i => "process:demarche-" + i).ToList();
        var (node, parsed) = ClusterEvictions.Parse(ClusterEvictions.Payload("n1", tags));
        Assert.Equal("n1", node);
        Assert.Equal([Portal.Core.Caching.PublicCache.SiteTag], parsed);
        Assert.Equal(["process:x", "lists"], ClusterEvictions.Parse(ClusterEvictions.Payload("n1", ["process:x", "lists"])).Tags);
    }
}
