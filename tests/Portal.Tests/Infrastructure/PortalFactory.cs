using AngleSharp;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Portal.Core.Data;
using Portal.Core.Throttling;

namespace Portal.Tests.Infrastructure;

/// <summary>The whole portal in memory on a fresh SQLite data folder, set up with the setup and demo recipes.</summary>
public sealed class PortalFactory : PortalFactoryBase;

/// <summary>The same portal on a fresh PostgreSQL database (skipped when no server is configured).</summary>
public sealed class PostgreSqlPortalFactory() : PortalFactoryBase(DatabaseEngine.PostgreSql);

/// <summary>The portal factory; derived factories add configuration.</summary>
public abstract class PortalFactoryBase(DatabaseEngine engine = DatabaseEngine.Sqlite) : WebApplicationFactory<Program>
{
    /// <summary>The configured public address: every absolute link must use it, whatever host a request names.</summary>
    public const string PublicUrl = "https://participation.exemple.fr";

    private readonly string _dataPath = Directory.CreateTempSubdirectory("portal-web-").FullName;
    private (string Name, string ConnectionString)? _postgres;

    public string DataPath => _dataPath;

    public DatabaseEngine Engine => engine;

    protected sealed override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Portal:DataPath", _dataPath);
        builder.UseSetting("Portal:Setup:AdminEmail", "admin@exemple.fr");
        builder.UseSetting("Portal:Setup:AdminPassword", "Mot-de-passe-de-test-1");
        builder.UseSetting("Portal:PublicUrl", PublicUrl);
        // Tests wait for background work (search, scheduled publications) without the pause meant for a restart.
        builder.UseSetting("Portal:BackgroundStartDelay", "00:00:00");

        // One client (and a few addresses) signs in across many tests: limits far above any test, still in the pipeline.
        foreach (var form in Enum.GetNames<ThrottledForm>())
        {
            builder.UseSetting($"Portal:RateLimits:{form}:PerClient", "100000");
            builder.UseSetting($"Portal:RateLimits:{form}:PerAddress", "100000");
        }

        if (engine == DatabaseEngine.PostgreSql)
        {
            // Created when the server first starts, inside the first test: without a server, that test is skipped.
            var postgres = TestPostgres.CreateDatabase();
            _postgres = postgres;
            builder.UseSetting("Portal:Database:Provider", engine.ToString());
            builder.UseSetting("Portal:Database:ConnectionString", postgres.ConnectionString);
        }

        Configure(builder);
    }

    /// <summary>Extra settings of a derived factory.</summary>
    protected virtual void Configure(IWebHostBuilder builder)
    {
    }

    public async Task<IDocument> GetDocumentAsync(string path)
    {
        using var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}");
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html).Address("http://localhost" + path), TestContext.Current.CancellationToken);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_postgres is { } postgres)
        {
            TestPostgres.DropDatabase(postgres.Name, postgres.ConnectionString);
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // Left to the temp cleaner.
        }

        GC.SuppressFinalize(this);
    }
}
