using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Cli;

namespace Portal.Core.Audit;

/// <summary><c>audit verify</c>: recomputes the MAC chain, compares it with the head anchored outside the database, and says whether the trail is intact (exit code 0) or not (1).</summary>
internal sealed class AuditCommand(IServiceScopeFactory scopes) : ICliCommand
{
    public string Group => "audit";

    public string Usage => "  audit verify";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        if (args.Count == 0 || args[0] != "verify")
        {
            await console.Error.WriteLineAsync("Usage :" + Environment.NewLine + Usage);
            return 2;
        }

        await using var scope = scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AuditTrail>().VerifyAsync(cancellationToken);
        if (result.Intact)
        {
            await console.Out.WriteLineAsync($"Journal d'audit intègre : {result.Checked} entrée(s) vérifiée(s).");
            if (result.Legacy > 0)
            {
                await console.Out.WriteLineAsync($"Dont {result.Legacy} entrée(s) anciennes (n° 1 à {result.Legacy}), écrites avant la clé d'audit : vérifiées sans clé, elles ne sont pas protégées contre une réécriture.");
            }

            return 0;
        }

        await console.Out.WriteLineAsync($"Journal d'audit ALTÉRÉ : {result.Problem} ({result.Checked} entrée(s) intègres avant).");
        return 1;
    }
}
