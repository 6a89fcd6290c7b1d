using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Setup;

namespace Portal.Core.Cli;

/// <summary>Runs an operator command when the first argument names one; the web server is not started then.</summary>
public static class CliDispatcher
{
    /// <summary>True when <paramref name="args"/> start with a registered command group (or <c>help</c>).</summary>
    public static bool IsCommand(IServiceProvider services, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0 || args[0].StartsWith('-'))
        {
            return false;
        }

        return args[0] is "help" or "--help" || services.GetServices<ICliCommand>().Any(c => c.Group == args[0]);
    }

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var commands = services.GetServices<ICliCommand>().OrderBy(c => c.Group, StringComparer.Ordinal).ToList();
        var command = commands.FirstOrDefault(c => c.Group == args[0]);
        if (command is null)
        {
            await console.Out.WriteLineAsync("Commandes d'administration :");
            foreach (var c in commands)
            {
                await console.Out.WriteLineAsync(c.Usage);
            }

            return args[0] is "help" or "--help" ? 0 : 2;
        }

        // Commands work on a migrated database, set up like the web site would be.
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PortalInitializer>().InitializeAsync(cancellationToken);
        }

        return await command.RunAsync(args.Skip(1).ToList(), console, cancellationToken);
    }
}
