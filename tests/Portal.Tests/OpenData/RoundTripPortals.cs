using System.IO.Compression;
using System.Text.Json.Nodes;
using AngleSharp;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Cli;
using Portal.Core.Data;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.OpenData;

/// <summary>
/// The portals of a round trip, on one clock: the source holds the setup and demo recipes; an empty one holds only
/// the setup recipe and the demo's site-wide theme step (the organiser's identity is the site's, not a process's, and
/// it colours every page). They share one fixed instant because the importing site publishes at its import instant:
/// a recipe carries content, not its publication history; with one clock, no date has to be normalised away.
/// </summary>
public sealed class RoundTripPortal(DatabaseEngine engine, FixedClock clock, params string[] recipes) : PortalFactoryBase(engine)
{
    public static readonly string[] Demo = ["setup.recipe.json", "demo.recipe.json"];

    /// <summary>An empty portal: the setup recipe and the demo's theme step, written to a file of its own.</summary>
    public static RoundTripPortal Empty(DatabaseEngine engine, FixedClock clock)
    {
        var demo = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "recipes", "demo.recipe.json")))!;
        var theme = demo["steps"]!.AsArray().Single(s => (string?)s!["name"] == "theme")!.DeepClone();
        var file = Path.Combine(Directory.CreateTempSubdirectory("portal-theme-").FullName, "theme.recipe.json");
        File.WriteAllText(file, new JsonObject { ["name"] = "theme", ["steps"] = new JsonArray(theme) }.ToJsonString());
        return new RoundTripPortal(engine, clock, "setup.recipe.json", file);
    }

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
        for (var i = 0; i < recipes.Length; i++)
        {
            builder.UseSetting($"Portal:Setup:Recipes:{i}", recipes[i]);
        }
    }

    public async Task<byte[]> GetBytesAsync(string path) =>
        await (await this.GetOkAsync(path)).Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

    /// <summary><c>recipes apply</c> as an operator types it; the exit code and what it printed.</summary>
    public async Task<(int Code, string Output)> ApplyAsync(string file)
    {
        using var output = new StringWriter();
        var code = await CliDispatcher.RunAsync(Services, ["recipes", "apply", file], new CliConsole(new StringReader(string.Empty), output, output), TestContext.Current.CancellationToken);
        return (code, output.ToString());
    }

    /// <summary>The page as the public reads it, parsed and written back, so that two sites' pages compare line by line.</summary>
    public async Task<IDocument> GetPageAsync(string path)
    {
        using var client = CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}");
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html).Address("http://localhost" + path), TestContext.Current.CancellationToken);
    }

    public static string EntryText(byte[] zip, string name)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        using var reader = new StreamReader(archive.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    public static byte[] EntryBytes(byte[] zip, string name)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        using var stream = archive.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
