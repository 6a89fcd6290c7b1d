using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Cli;

namespace Portal.Admin.Users;

/// <summary>
/// <c>users add --email … --role … [--password-stdin]</c>, <c>users list</c>, <c>users lock|unlock --email …</c>.
/// Passwords never appear in arguments (they would stay in shell history): from standard input, or generated and printed once.
/// </summary>
internal sealed class UsersCommand(IServiceScopeFactory scopes) : ICliCommand
{
    public string Group => "users";

    public string Usage => "  users add --email <adresse> --role <rôle> [--password-stdin] | users list | users lock --email <adresse> | users unlock --email <adresse>";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var admin = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var verb = args.Count > 0 ? args[0] : string.Empty;
        switch (verb)
        {
            case "list":
                foreach (var user in await admin.ListAsync(cancellationToken))
                {
                    await console.Out.WriteLineAsync($"{user.Email}\t{string.Join(", ", user.Roles)}{(user.Locked ? "\tverrouillé" : string.Empty)}");
                }

                return 0;
            case "add":
                return await AddAsync(admin, args, console);
            case "lock" or "unlock":
                var email = Option(args, "--email");
                if (email is null)
                {
                    await console.Error.WriteLineAsync("Indiquez --email.");
                    return 2;
                }

                if (!await admin.SetLockedAsync(email, verb == "lock", CommandLineActor))
                {
                    await console.Error.WriteLineAsync($"Aucun compte pour {email}.");
                    return 1;
                }

                await console.Out.WriteLineAsync(verb == "lock" ? $"Compte {email} verrouillé." : $"Compte {email} déverrouillé.");
                return 0;
            default:
                await console.Error.WriteLineAsync("Usage :" + Environment.NewLine + Usage);
                return 2;
        }
    }

    private static async Task<int> AddAsync(UserAdministration admin, IReadOnlyList<string> args, CliConsole console)
    {
        var email = Option(args, "--email");
        var role = Option(args, "--role");
        if (email is null || role is null)
        {
            await console.Error.WriteLineAsync("Indiquez --email et --role.");
            return 2;
        }

        var password = args.Contains("--password-stdin") ? (await console.In.ReadLineAsync())?.TrimEnd('\r', '\n') : null;
        var result = await admin.AddAsync(email, role, password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                await console.Error.WriteLineAsync(error);
            }

            return 1;
        }

        await console.Out.WriteLineAsync($"Compte {email} créé avec le rôle {role}.");
        if (result.GeneratedPassword is { } generated)
        {
            await console.Out.WriteLineAsync($"Mot de passe (affiché une seule fois) : {generated}");
        }

        return 0;
    }

    /// <summary>Who the audit trail names for an operator's command: the command line (the shell account is not the portal's).</summary>
    internal const string CommandLineActor = "ligne-de-commande";

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }

        return null;
    }
}
