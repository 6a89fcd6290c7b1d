namespace Portal.Core.Cli;

/// <summary>
/// An operator command run instead of the web server: <c>dotnet run --project src/Portal.Web -- {group} {verb} …</c>.
/// Modules register theirs; the host dispatches on the first argument.
/// </summary>
public interface ICliCommand
{
    /// <summary>The first argument that selects this command (<c>users</c>, <c>search</c>, <c>audit</c>…).</summary>
    string Group { get; }

    /// <summary>One line per verb for the help text.</summary>
    string Usage { get; }

    /// <summary>Runs with the arguments after the group; returns the process exit code.</summary>
    Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken);
}

/// <summary>The command's terminal: standard input, output and error, replaceable in tests.</summary>
public sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error)
{
    public static CliConsole System => new(Console.In, Console.Out, Console.Error);
}
