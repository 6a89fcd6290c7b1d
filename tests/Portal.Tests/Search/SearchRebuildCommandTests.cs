using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Cli;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Search;

/// <summary>The operator command <c>search rebuild</c>.</summary>
public sealed class SearchRebuildCommandTests
{
    [Theory, DatabaseEngines]
    public async Task Search_rebuild_reindexes_every_published_document_with_a_progress_bar(DatabaseEngine engine)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine);
        await using (var scope = database.Scope())
        {
            await SearchFixtureProcess.PublishAsync(scope.ServiceProvider.GetRequiredService<ContentStore>(), ct);
        }

        var output = new StringWriter();
        var command = database.Services.GetServices<ICliCommand>().Single(c => c.Group == "search");
        var exit = await command.RunAsync(["rebuild"], new CliConsole(TextReader.Null, output, TextWriter.Null), ct);

        Assert.Equal(0, exit);
        Assert.Contains("[##############################] 100 % (1/1)", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Index reconstruit : 6 documents.", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_verb_prints_the_usage_and_fails()
    {
        await using var database = await TestDatabase.CreateSqliteOnlyAsync("the command fails on its arguments: no query reaches the database");
        var command = database.Services.GetServices<ICliCommand>().Single(c => c.Group == "search");

        var exit = await command.RunAsync(["purge"], new CliConsole(TextReader.Null, TextWriter.Null, new StringWriter()), TestContext.Current.CancellationToken);

        Assert.Equal(2, exit);
    }
}
