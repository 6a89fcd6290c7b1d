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
          sortition prepare --process <slug> --pool vivier.csv --quotas quotas.json --rule "<règle de l'aléa public>" --public canton,genre,... [--method leximin|maximin|sequential] [--budget <minutes>] [--reference parts.json] [--redraw "<décision du COPIL>"]
                            (sans --public : affiche l'aperçu des colonnes et s'arrête)
          sortition run --draw <id>       (calcule au premier plan une préparation en attente ou en échec)
          sortition reveal --draw <id> --alea "<aléa public>" --date-alea <AAAA-MM-JJTHH:MMZ, quand l'aléa a été rendu public>
          sortition kit --draw <id> --out kit.zip
          sortition verify --kit kit.zip --engagement <empreinte publiée> | --page <adresse ou fichier de la page du tirage>
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var options = CliOptions.Parse(args.Skip(1));
        var verb = args.Count > 0 ? args[0] : string.Empty;
        if (verb == "verify")
        {
            return await VerifyAsync(options, console, cancellationToken);
        }

        await using var scope = scopes.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<SortitionService>();
        switch (verb)
        {
            case "prepare" when options.Has("process", "pool", "quotas", "rule"):
                return await PrepareAsync(scope.ServiceProvider, service, options, console, cancellationToken);
            case "run" when options.Has("draw"):
                // Only a failed preparation is queued again; one computing elsewhere or already committed is refused.
                await service.RetryAsync(options.Get("draw")!, cancellationToken);
                return await RunInForegroundAsync(scope.ServiceProvider, options.Get("draw")!, console, cancellationToken);
            case "reveal" when options.Has("draw", "alea", "date-alea"):
                if (!DateTimeOffset.TryParse(options.Get("date-alea"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var randomnessAt))
                {
                    await console.Error.WriteLineAsync("--date-alea attend une date et une heure, par exemple 2026-12-01T20:15Z.");
                    return 2;
                }

                return await ReportAsync(await service.RevealAsync(options.Get("draw")!, options.Get("alea")!, randomnessAt.UtcDateTime, cancellationToken), console);
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

    /// <summary>
    /// Prepares a draw. The pool's columns must be declared public with <c>--public</c>: without it the
    /// command prints the preview (columns, defaults, re-identification risk) and stops.
    /// </summary>
    private static async Task<int> PrepareAsync(IServiceProvider services, SortitionService service, CliOptions options, CliConsole console, CancellationToken cancellationToken)
    {
        var reference = options.Get("reference") is { } path ? await File.ReadAllTextAsync(path, cancellationToken) : null;
        if (!TryMethod(options.Get("method"), out var method) || !TryBudget(options.Get("budget"), out var budget))
        {
            await console.Error.WriteLineAsync("--method vaut leximin, maximin ou sequential ; --budget est un nombre de minutes positif.");
            return 2;
        }

        var pool = await File.ReadAllBytesAsync(options.Get("pool")!, cancellationToken);
        if (options.Get("public") is not { } declared)
        {
            return await PreviewAsync(pool, console);
        }

        var request = new DrawRequest(options.Get("process")!, pool, await File.ReadAllTextAsync(options.Get("quotas")!, cancellationToken), options.Get("rule")!,
            declared.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), reference, method, budget) { RedrawReason = options.Get("redraw") };
        var prepared = await service.PrepareAsync(request, cancellationToken);
        var code = await ReportAsync(prepared, console);
        return code == 0 && (await service.FindAsync(prepared.DrawId!, cancellationToken))?.Status == DrawStatus.Queued
            ? await RunInForegroundAsync(services, prepared.DrawId!, console, cancellationToken)
            : code;
    }

    private static async Task<int> PreviewAsync(byte[] pool, CliConsole console)
    {
        PoolPreview preview;
        try
        {
            preview = PoolImport.Preview(pool);
        }
        catch (FormatException e)
        {
            await console.Error.WriteLineAsync(e.Message);
            return 1;
        }

        await console.Out.WriteLineAsync($"Aperçu du vivier : {preview.Volunteers} volontaires. Déclarez les colonnes publiques avec --public.");
        foreach (var column in preview.Columns)
        {
            await console.Out.WriteLineAsync($"  {column.Name} : {(column.PublicByDefault ? "publique" : "privée")}{(column.Reason is null ? string.Empty : $" ({column.Reason})")}");
        }

        await console.Out.WriteLineAsync($"{preview.UniqueVolunteers(preview.DefaultPublic)} volontaires seuls avec leur combinaison de critères publics.");
        if (preview.RiskWarning(preview.DefaultPublic) is { } risk)
        {
            await console.Out.WriteLineAsync(risk);
        }

        await console.Out.WriteLineAsync($"Proposition : --public {string.Join(',', preview.DefaultPublic)}");
        return 2;
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

    /// <summary>
    /// Replays a kit and compares its commitment with the published one (<c>--engagement</c>, or <c>--page</c>:
    /// the draw page's address or a saved copy). Exit 0 only when verified; 1 on any ÉCHEC; 3 when the
    /// replay holds but nothing was given to compare with.
    /// </summary>
    private static async Task<int> VerifyAsync(CliOptions options, CliConsole console, CancellationToken cancellationToken)
    {
        if (options.Get("kit") is not { } path)
        {
            await console.Error.WriteLineAsync("Usage : sortition verify --kit kit.zip --engagement <empreinte publiée> | --page <adresse de la page du tirage>");
            return 2;
        }

        IReadOnlyList<PublishedCommitment>? published = null;
        if (options.Get("engagement") is { } hash)
        {
            published = [new PublishedCommitment(hash.Trim().ToLowerInvariant())];
        }
        else if (options.Get("page") is { } page)
        {
            try
            {
                published = PublishedCommitment.FromPage(await ReadPageAsync(page, cancellationToken));
            }
            catch (Exception e) when (e is IOException or HttpRequestException or UnauthorizedAccessException or TaskCanceledException or UriFormatException)
            {
                await console.Out.WriteLineAsync($"ÉCHEC  page du tirage illisible ({page}) : {e.Message}");
                return 1;
            }
        }

        VerificationOutcome outcome;
        try
        {
            await using var stream = File.OpenRead(path);
            outcome = KitVerifier.VerifyFile(stream, published);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            outcome = new VerificationOutcome(false, [$"ÉCHEC  kit illisible : {e.Message}"]);
        }

        foreach (var line in outcome.Lines)
        {
            await console.Out.WriteLineAsync(line);
        }

        return outcome.Verified ? 0 : outcome.Success ? 3 : 1;
    }

    private static async Task<string> ReadPageAsync(string page, CancellationToken cancellationToken)
    {
        if (!page.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !page.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return await File.ReadAllTextAsync(page, cancellationToken);
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        return await http.GetStringAsync(new Uri(page), cancellationToken);
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
