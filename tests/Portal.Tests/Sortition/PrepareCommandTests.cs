using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Cli;
using Portal.Core.Data;
using Portal.Sortition.Drawing;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Sortition;

/// <summary><c>sortition prepare --method …</c>: the fair distribution computed in the foreground with a progress bar.</summary>
public sealed class PrepareCommandTests
{
    [Fact]
    public async Task Prepare_with_maximin_runs_in_the_foreground_and_commits()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateSqliteOnlyAsync(DrawFixtures.SolverNotStorage);
        var folder = Directory.CreateTempSubdirectory("portal-tirage-").FullName;
        var raw = SyntheticPools.Random(50, features: 3, seed: 904);
        await File.WriteAllTextAsync(Path.Combine(folder, "vivier.csv"), raw, ct);
        await File.WriteAllBytesAsync(Path.Combine(folder, "quotas.json"), QuotasJson.ToBytes(SyntheticPools.ReferenceQuotas(SyntheticPools.Import(raw), 8, 1)), ct);
        var output = new StringWriter();
        var errors = new StringWriter();
        var command = database.Services.GetServices<ICliCommand>().Single(c => c.Group == "sortition");

        var exit = await command.RunAsync(["prepare", "--process", "assemblee-test", "--pool", Path.Combine(folder, "vivier.csv"), "--quotas", Path.Combine(folder, "quotas.json"),
            "--rule", "dés lancés devant le comité de garants", "--public", "critère1,critère2,critère3", "--method", "maximin", "--budget", "2"], new CliConsole(TextReader.Null, output, errors), ct);

        Assert.True(exit == 0, errors.ToString());
        Assert.Contains("Tirage en file d'attente", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("[------------------------------]   0 % Calcul de la distribution équitable démarré.", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Distribution maximin calculée", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Engagement enregistré : ", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, await command.RunAsync(["prepare", "--process", "x", "--pool", "a", "--quotas", "b", "--rule", "r", "--method", "au-hasard"], new CliConsole(TextReader.Null, TextWriter.Null, new StringWriter()), ct));

        // Without --public the command shows the preview of the columns and stops.
        var preview = new StringWriter();
        Assert.Equal(2, await command.RunAsync(["prepare", "--process", "assemblee-test", "--pool", Path.Combine(folder, "vivier.csv"), "--quotas", Path.Combine(folder, "quotas.json"),
            "--rule", "dés"], new CliConsole(TextReader.Null, preview, new StringWriter()), ct));
        Assert.Contains("  nom : privée", preview.ToString(), StringComparison.Ordinal);
        Assert.Contains("Proposition : --public critère1,critère2,critère3", preview.ToString(), StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }
}
