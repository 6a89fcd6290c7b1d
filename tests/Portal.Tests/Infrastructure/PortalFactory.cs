using AngleSharp;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Portal.Tests.Infrastructure;

/// <summary>The whole portal in memory on a fresh SQLite data folder, set up with the setup and demo recipes.</summary>
public sealed class PortalFactory : PortalFactoryBase;

/// <summary>The portal factory; derived factories add configuration.</summary>
public abstract class PortalFactoryBase : WebApplicationFactory<Program>
{
    /// <summary>The configured public address: every absolute link must use it, whatever host a request names.</summary>
    public const string PublicUrl = "https://participation.exemple.fr";

    private readonly string _dataPath = Directory.CreateTempSubdirectory("portal-web-").FullName;

    public string DataPath => _dataPath;

    protected sealed override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Portal:DataPath", _dataPath);
        builder.UseSetting("Portal:Setup:AdminEmail", "admin@exemple.fr");
        builder.UseSetting("Portal:Setup:AdminPassword", "Mot-de-passe-de-test-1");
        builder.UseSetting("Portal:PublicUrl", PublicUrl);
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
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // Left to the temp cleaner.
        }
    }
}
