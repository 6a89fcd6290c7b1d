using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Cli;
using Portal.Sortition.Drawing;
using Portal.Sortition.Storage;

namespace Portal.Sortition.Cli;

/// <summary>
/// <c>sortition prepare|reveal|kit|verify</c>: the operator's side of a draw, and the replay anyone can run.
/// Output never contains contact details: only IDs, hashes and counts.
/// </summary>
internal sealed class SortitionCommand(IServiceScopeFactory scopes) : ICliCommand
{
    public string Group => "sortition";

    public string Usage => """
          sortition prepare --process <slug> --pool vivier.csv --quotas quotas.json --rule "<règle de l'aléa public>" [--contacts nom,email,telephone] [--reference parts.json]
          sortition reveal --draw <id> --alea "<aléa public>"
          sortition kit --draw <id> --out kit.zip
          sortition verify --kit kit.zip
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var options = CliOptions.Parse(args.Skip(1));
        var verb = args.Count > 0 ? args[0] : string.Empty;
        if (verb == "verify")
        {
            return await VerifyAsync(options, console);
        }

        await using var scope = scopes.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<SortitionService>();
        switch (verb)
        {
            case "prepare" when options.Has("process", "pool", "quotas", "rule"):
                var contacts = options.Get("contacts")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [.. PoolImport.DefaultContactColumns];
                var reference = options.Get("reference") is { } path ? await File.ReadAllTextAsync(path, cancellationToken) : null;
                var request = new DrawRequest(options.Get("process")!, await File.ReadAllTextAsync(options.Get("pool")!, cancellationToken),
                    await File.ReadAllTextAsync(options.Get("quotas")!, cancellationToken), options.Get("rule")!, contacts, reference);
                return await ReportAsync(await service.PrepareAsync(request, cancellationToken), console);
            case "reveal" when options.Has("draw", "alea"):
                return await ReportAsync(await service.RevealAsync(options.Get("draw")!, options.Get("alea")!, cancellationToken), console);
            case "kit" when options.Has("draw", "out"):
                var draw = await service.FindAsync(options.Get("draw")!, cancellationToken);
                if (draw is null || SortitionService.KitOf(draw) is not { } kit)
                {
                    await console.Error.WriteLineAsync("Tirage introuvable ou pas encore effectué.");
                    return 1;
                }

                await File.WriteAllBytesAsync(options.Get("out")!, kit, cancellationToken);
                await console.Out.WriteLineAsync($"Kit écrit : {options.Get("out")}");
                return 0;
            default:
                await console.Error.WriteLineAsync("Usage :\n" + Usage);
                return 2;
        }
    }

    private static async Task<int> VerifyAsync(CliOptions options, CliConsole console)
    {
        if (options.Get("kit") is not { } path)
        {
            await console.Error.WriteLineAsync("Usage : sortition verify --kit kit.zip");
            return 2;
        }

        VerificationOutcome outcome;
        try
        {
            await using var stream = File.OpenRead(path);
            outcome = KitVerifier.Verify(VerificationKit.Read(stream));
        }
        catch (Exception e) when (e is IOException or FormatException or InvalidDataException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"Kit illisible : {e.Message}");
            return 1;
        }

        foreach (var line in outcome.Lines)
        {
            await console.Out.WriteLineAsync(line);
        }

        return outcome.Success ? 0 : 1;
    }

    private static async Task<int> ReportAsync(SortitionOutcome outcome, CliConsole console)
    {
        var writer = outcome.Success ? console.Out : console.Error;
        if (outcome.DrawId is not null)
        {
            await writer.WriteLineAsync($"Tirage {outcome.DrawId}");
        }

        foreach (var message in outcome.Messages)
        {
            await writer.WriteLineAsync(message);
        }

        return outcome.Success ? 0 : 1;
    }
}
