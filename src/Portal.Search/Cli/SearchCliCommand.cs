using Portal.Core.Cli;
using Portal.Search.Indexing;

namespace Portal.Search.Cli;

/// <summary><c>search rebuild</c>: rebuilds this node's index from the database, with a progress bar.</summary>
internal sealed class SearchCliCommand(SearchIndexer indexer) : ICliCommand
{
    public string Group => "search";

    public string Usage => "  search rebuild    reconstruit l'index de recherche à partir de la base";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        if (args.Count != 1 || args[0] != "rebuild")
        {
            await console.Error.WriteLineAsync("Usage :" + Environment.NewLine + Usage);
            return 2;
        }

        var progress = new SyncProgress(p => console.Out.Write("\r" + ProgressBar.Render(p.Done, p.Total)));
        var documents = await indexer.RebuildAsync(progress, cancellationToken);
        await console.Out.WriteLineAsync();
        await console.Out.WriteLineAsync($"Index reconstruit : {documents} documents.");
        return 0;
    }

    /// <summary>Reports on the caller's thread, so the bar is drawn in order.</summary>
    private sealed class SyncProgress(Action<(int Done, int Total)> report) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => report(value);
    }
}

/// <summary>A one-line text progress bar: <c>[#####.....] 50 % (5/10)</c>.</summary>
internal static class ProgressBar
{
    public static string Render(int done, int total, int width = 30)
    {
        var ratio = total == 0 ? 1d : Math.Clamp((double)done / total, 0, 1);
        var filled = (int)Math.Round(ratio * width);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"[{new string('#', filled)}{new string('.', width - filled)}] {ratio * 100,3:0} % ({done}/{total})");
    }
}
