using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Cli;
using Portal.Sortition.Drawing;
using Portal.Sortition.Preparation;
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
          sortition prepare --process <slug> --pool vivier.csv --quotas quotas.json --rule "<règle de l'aléa public>" [--method leximin|maximin|sequential] [--budget <minutes>] [--contacts nom,email,telephone] [--reference parts.json]
          sortition run --draw <id>       (calcule au premier plan une préparation en attente ou en échec)
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
                if (!TryMethod(options.Get("method"), out var method) || !TryBudget(options.Get("budget"), out var budget))
                {
                    await console.Error.WriteLineAsync("--method vaut leximin, maximin ou sequential ; --budget est un nombre de minutes positif.");
                    return 2;
                }

                var request = new DrawRequest(options.Get("process")!, await File.ReadAllTextAsync(options.Get("pool")!, cancellationToken),
                    await File.ReadAllTextAsync(options.Get("quotas")!, cancellationToken), options.Get("rule")!, contacts, reference, method, budget);
                var prepared = await service.PrepareAsync(request, cancellationToken);
                var code = await ReportAsync(prepared, console);
                return code == 0 && (await service.FindAsync(prepared.DrawId!, cancellationToken))?.Status == DrawStatus.Queued
                    ? await RunInForegroundAsync(scope.ServiceProvider, prepared.DrawId!, console, cancellationToken)
                    : code;
            case "run" when options.Has("draw"):
                await service.RetryAsync(options.Get("draw")!, cancellationToken);
                return await RunInForegroundAsync(scope.ServiceProvider, options.Get("draw")!, console, cancellationToken);
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

    /// <summary>The same preparation the web server's worker runs, here with a text progress bar.</summary>
    private static async Task<int> RunInForegroundAsync(IServiceProvider services, string drawId, CliConsole console, CancellationToken cancellationToken)
    {
        var bar = new ProgressBar(console.Out);
        var outcome = await services.GetRequiredService<DrawPreparation>().RunAsync(drawId, bar, cancellationToken);
        return await ReportAsync(outcome, console);
    }

    private static bool TryMethod(string? value, out DrawMethod? method)
    {
        method = value switch
        {
            null => null,
            "leximin" => DrawMethod.Leximin,
            "maximin" => DrawMethod.Maximin,
            "sequential" or "sequentiel" => DrawMethod.Sequential,
            _ => DrawMethod.Cells,
        };
        return method != DrawMethod.Cells;
    }

    private static bool TryBudget(string? value, out TimeSpan? budget)
    {
        budget = null;
        if (value is null)
        {
            return true;
        }

        if (double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var minutes) && minutes > 0)
        {
            budget = TimeSpan.FromMinutes(minutes);
            return true;
        }

        return false;
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
