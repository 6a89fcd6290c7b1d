using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.Core.Cluster;
using Portal.Search;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// Two portal nodes on one PostgreSQL database, as behind a reverse proxy: one data folder they share (media,
/// audit head, import files), each its own search index folder. Started by the first test that needs them
/// (skipped, like every PostgreSQL test, when no server is configured) and dropped with the fixture.
/// </summary>
public sealed class PortalNodes : IAsyncDisposable
{
    private readonly SemaphoreSlim _start = new(1, 1);
    private readonly string _shared = Directory.CreateTempSubdirectory("portal-nodes-").FullName;
    private (string Name, string ConnectionString)? _database;

    public PortalNode A { get; private set; } = null!;

    public PortalNode B { get; private set; } = null!;

    public async Task StartAsync()
    {
        await _start.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (_database is not null)
            {
                return;
            }

            var database = TestPostgres.CreateDatabase();
            _database = database;
            // One after the other, as a rolling start: A migrates and sets up, B finds it done.
            A = new PortalNode(database.ConnectionString, _shared, "a");
            _ = A.Server;
            B = new PortalNode(database.ConnectionString, _shared, "b");
            _ = B.Server;
            await Task.WhenAll(A.ListeningAsync(), B.ListeningAsync());
        }
        finally
        {
            _start.Release();
        }
    }

    /// <summary>A client whose requests go to the node named by <see cref="ProxySwitch.Node"/>, with one cookie jar for both.</summary>
    public (HttpClient Client, ProxySwitch Proxy) Proxy()
    {
        var proxy = new ProxySwitch(A.Server.CreateHandler(), B.Server.CreateHandler());
        return (new HttpClient(new CookieContainerHandler { InnerHandler = proxy }) { BaseAddress = new Uri("http://localhost") }, proxy);
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is { } database)
        {
            await A.DisposeAsync();
            await B.DisposeAsync();
            TestPostgres.DropDatabase(database.Name, database.ConnectionString);
        }

        _start.Dispose();
        try
        {
            Directory.Delete(_shared, recursive: true);
        }
        catch (IOException)
        {
            // Left to the temp cleaner.
        }
    }
}

/// <summary>One node: the shared database and data folder, its own search index.</summary>
public sealed class PortalNode(string connectionString, string sharedDataPath, string name) : PortalFactoryBase
{
    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Portal:DataPath", sharedDataPath);
        builder.UseSetting("Portal:Database:Provider", "PostgreSql");
        builder.UseSetting("Portal:Database:ConnectionString", connectionString);
        builder.UseSetting(SearchModule.IndexPathKey, Path.Combine(sharedDataPath, "search-" + name));
    }

    /// <summary>Completes once this node hears the other's evictions.</summary>
    public Task ListeningAsync() =>
        Services.GetServices<IHostedService>().OfType<ClusterEvictionListener>().Single().Listening.WaitAsync(TimeSpan.FromSeconds(30));
}

/// <summary>Sends each request to the node chosen last, as a reverse proxy without affinity would.</summary>
public sealed class ProxySwitch(params HttpMessageHandler[] nodes) : HttpMessageHandler
{
    private readonly HttpMessageInvoker[] _nodes = [.. nodes.Select(node => new HttpMessageInvoker(node))];

    public int Node { get; set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        _nodes[Node].SendAsync(request, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var node in _nodes)
            {
                node.Dispose();
            }
        }

        base.Dispose(disposing);
    }
}
