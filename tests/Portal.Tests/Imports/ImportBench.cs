using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Processes.Content;
using Portal.Processes.Imports;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Imports;

/// <summary>A process in a fresh database, and the import's steps as a page calls them.</summary>
internal sealed class ImportBench(TestDatabase database, string process)
{
    public TestDatabase Database => database;

    public string Process => process;

    public static async Task<ImportBench> CreateAsync(DatabaseEngine engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var id = "import-" + Guid.NewGuid().ToString("N")[..8];
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<ContentStore>().CreateAsync(
            new NewContentItem(new Process("Import", id, "Résumé", "Org", "Terr", [], new DateOnly(2026, 1, 1)), "test") { ContentItemId = id },
            TestContext.Current.CancellationToken);
        return new ImportBench(database, id);
    }

    public async Task<ImportPreview> AnalyseAsync(string csv, ImportKind kind = ImportKind.Propositions, string file = "import.csv") =>
        await AnalyseAsync(Encoding.UTF8.GetBytes(csv), kind, file);

    public async Task<ImportPreview> AnalyseAsync(byte[] bytes, ImportKind kind, string file)
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<PropositionImport>().AnalyseAsync(file, bytes, process, kind, TestContext.Current.CancellationToken);
    }

    public async Task<ContentOutcome> CommitAsync(ImportPreview preview, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<PropositionImport>().CommitAsync(preview, process, "import", progress, cancellationToken);
    }

    /// <summary>Imports a CSV and checks that it went in whole.</summary>
    public async Task ImportAsync(string csv, ImportKind kind = ImportKind.Propositions)
    {
        var preview = await AnalyseAsync(csv, kind);
        Assert.True(preview.CanCommit, string.Join("; ", preview.FileErrors.Concat(preview.Rows.SelectMany(r => r.Errors)).Concat(preview.Answers.SelectMany(a => a.Errors))));
        Assert.Equal(ContentOutcome.Ok, await CommitAsync(preview));
    }

    /// <summary>Every stored version of the process's items (the process itself aside), staged ones included.</summary>
    public async Task<List<ContentItemVersion>> VersionsAsync()
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().ContentItemVersions.AsNoTracking()
            .Where(v => v.ProcessId == process && v.ContentItemId != process).OrderBy(v => v.Id).ToListAsync(TestContext.Current.CancellationToken);
    }

    public async Task<T> LatestAsync<T>(string id)
        where T : class
    {
        await using var scope = database.Scope();
        var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
        var latest = await store.GetLatestAsync(id, TestContext.Current.CancellationToken);
        Assert.NotNull(latest);
        return store.Read<T>(latest);
    }
}
