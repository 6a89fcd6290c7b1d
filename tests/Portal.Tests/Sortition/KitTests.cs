using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Portal.Sortition.Drawing;

namespace Portal.Tests.Sortition;

/// <summary>The verification kit: the same kit always replays to the same panel, in this process and in others.</summary>
public sealed class KitTests
{
    private static readonly DateTime Date = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    private static readonly string[] VerifyCommand = ["sortition", "verify"];

    [Fact]
    public void Same_kit_replays_to_the_same_panel_byte_for_byte()
    {
        var kit = DrawFixtures.Kit(SyntheticPools.HauteGaronne(2000, seed: 7), DrawFixtures.HauteGaronneQuotas, "5 12 23 34 45 ★ 2 11");
        var zip = VerificationKit.Write(kit, Date);

        var outcome = KitVerifier.Verify(VerificationKit.Read(new MemoryStream(zip)));

        Assert.True(outcome.Success, string.Join('\n', outcome.Lines));
        Assert.Contains("OK     le tirage rejoué donne exactement le même panel, octet pour octet.", outcome.Lines);
        Assert.Equal(zip, VerificationKit.Write(kit, Date));
    }

    [Fact]
    public void Min_max_kit_replays_too()
    {
        var pool = SyntheticPools.Import(SyntheticPools.Random(300, features: 5, seed: 9));
        var quotas = Encoding.UTF8.GetString(QuotasJson.ToBytes(SyntheticPools.ProportionalQuotas(pool, 30, 5)));
        var kit = DrawFixtures.Kit(SyntheticPools.Random(300, features: 5, seed: 9), quotas, "beacon 123456");

        var outcome = KitVerifier.Verify(kit);

        Assert.True(outcome.Success, string.Join('\n', outcome.Lines));
    }

    [Fact]
    public void Tampered_pool_result_or_randomness_is_detected()
    {
        var kit = DrawFixtures.Kit(SyntheticPools.HauteGaronne(500, seed: 8), DrawFixtures.HauteGaronneQuotas, "1 2 3 4 5");
        var pool = (byte[])kit.Pool.Clone();
        pool[^3] ^= 1;
        var result = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(kit.Result).Replace("titulaire,1,", "titulaire,01,", StringComparison.Ordinal));

        Assert.Contains("ÉCHEC  le vivier ne correspond pas à l'empreinte de l'engagement.", KitVerifier.Verify(kit with { Pool = pool }).Lines);
        Assert.Contains("ÉCHEC  le tirage rejoué donne un résultat différent de resultat.csv.", KitVerifier.Verify(kit with { Result = result }).Lines);
        Assert.False(KitVerifier.Verify(kit with { PublicRandomness = "1 2 3 4 6" }).Success);
    }

    [Fact]
    public void Kit_holds_no_contact_details()
    {
        var raw = SyntheticPools.HauteGaronne(400, seed: 10);
        var zip = VerificationKit.Write(DrawFixtures.Kit(raw, DrawFixtures.HauteGaronneQuotas, "7"), Date);

        using var archive = new ZipArchive(new MemoryStream(zip));
        foreach (var entry in archive.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            var text = reader.ReadToEnd();
            Assert.DoesNotContain("prive.example", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Dupont-Secret", text, StringComparison.Ordinal);
            Assert.DoesNotContain("06 99", text, StringComparison.Ordinal);
        }

        Assert.Equal([KitFiles.ReadmeName, KitFiles.PoolName, KitFiles.QuotasName, KitFiles.CommitmentName, KitFiles.RandomnessName, KitFiles.SeedName, KitFiles.ResultName],
            archive.Entries.Select(e => e.FullName));
    }

    [Fact]
    public async Task Verify_command_in_two_separate_processes_confirms_the_same_panel()
    {
        var kit = DrawFixtures.Kit(SyntheticPools.HauteGaronne(2000, seed: 11), DrawFixtures.HauteGaronneQuotas, "3 14 15 92 65 ★ 3 5");
        var folder = Directory.CreateTempSubdirectory("portal-kit-").FullName;
        try
        {
            var path = Path.Combine(folder, "kit.zip");
            await File.WriteAllBytesAsync(path, VerificationKit.Write(kit, Date), TestContext.Current.CancellationToken);
            var tampered = Path.Combine(folder, "kit-modifie.zip");
            await File.WriteAllBytesAsync(tampered, VerificationKit.Write(kit with { PublicRandomness = "autre" }, Date), TestContext.Current.CancellationToken);

            var published = Commitment.Parse(kit.CommitmentText).Hash;
            var first = await RunVerifyAsync(folder, "--kit", path, "--engagement", published);
            var second = await RunVerifyAsync(folder, "--kit", path, "--engagement", published);
            var refused = await RunVerifyAsync(folder, "--kit", tampered, "--engagement", published);
            var uncompared = await RunVerifyAsync(folder, "--kit", path);

            Assert.True(first.ExitCode == 0, first.Output);
            Assert.Equal(0, second.ExitCode);
            Assert.Equal(first.Output, second.Output);
            Assert.Contains("Résultat : le tirage est vérifié.", first.Output, StringComparison.Ordinal);
            Assert.Equal(1, refused.ExitCode);
            Assert.Equal(3, uncompared.ExitCode);
            Assert.Contains("n'est PAS vérifié tant que l'engagement n'a pas été comparé", uncompared.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Runs the host's built assembly as an operator would: <c>dotnet Portal.Web.dll sortition verify --kit …</c>.</summary>
    private static async Task<(int ExitCode, string Output)> RunVerifyAsync(string dataFolder, params string[] options)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dataFolder };
        start.ArgumentList.Add(PortalWebAssembly());
        foreach (var arg in VerifyCommand.Concat(options))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Portal__DataPath"] = Path.Combine(dataFolder, "data-" + Guid.NewGuid().ToString("N"));
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        await error;

        // The host prints its own first-start lines (a one-time admin password…); keep the verifier's report.
        var report = (await output).Split('\n').Where(l => l.StartsWith("OK ", StringComparison.Ordinal) || l.StartsWith("ÉCHEC", StringComparison.Ordinal)
            || l.StartsWith("Résultat", StringComparison.Ordinal) || l.Contains("empreinte de l'engagement", StringComparison.Ordinal));
        return (process.ExitCode, string.Join('\n', report));
    }

    private static string PortalWebAssembly()
    {
        // tests/Portal.Tests/bin/<configuration>/<tfm>/ → src/Portal.Web/bin/<configuration>/<tfm>/Portal.Web.dll
        var tfm = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = tfm.Parent!;
        var root = configuration.Parent!.Parent!.Parent!.Parent!;
        var path = Path.Combine(root.FullName, "src", "Portal.Web", "bin", configuration.Name, tfm.Name, "Portal.Web.dll");
        Assert.True(File.Exists(path), $"Hôte introuvable : {path}");
        return path;
    }
}
