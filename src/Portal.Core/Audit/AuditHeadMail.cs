using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Core.Email;
using Portal.Core.Identity;
using Portal.Core.Text;

namespace Portal.Core.Audit;

/// <summary>
/// Sends the audit chain's head (last number and its MAC) to every administrator: a copy outside the server that an
/// attacker holding the database and the data folder cannot roll back. `audit verify` against a later chain must
/// find the same MAC at that number; a chain that no longer reaches it was truncated or rewritten.
/// </summary>
public sealed class AuditHeadMail(AuditHeadAnchor anchor, UserManager<PortalUser> users, IEmailSender email, TimeProvider clock)
{
    /// <summary>Returns how many administrators were written to (none while the chain is empty).</summary>
    public async Task<int> SendAsync(CancellationToken cancellationToken = default)
    {
        if (anchor.Read() is not { } head)
        {
            return 0;
        }

        var body = "Bonjour,\n\n"
            + $"Tête du journal d'audit du portail le {French.DateTime(clock.GetUtcNow().UtcDateTime)} (UTC) :\n\n"
            + $"  entrée n° {head.Sequence}\n  empreinte (MAC) : {head.Hash}\n  première entrée signée : n° {head.FirstKeyedSequence}\n\n"
            + "Conservez ce message sans le modifier. La commande « audit verify » doit retrouver cette empreinte à ce numéro : "
            + "si le journal ne l'atteint plus ou la donne différente, des entrées ont été supprimées ou réécrites.\n";
        var sent = 0;
        foreach (var administrator in await users.GetUsersInRoleAsync(PortalRoles.Administrator))
        {
            if (administrator.Email is { } address && !await users.IsLockedOutAsync(administrator))
            {
                await email.SendAsync(new EmailMessage(address, $"Journal d'audit : tête du jour (entrée n° {head.Sequence})", body), cancellationToken);
                sent++;
            }
        }

        return sent;
    }
}

/// <summary>Mails the audit head every morning at 6:00, Paris time; with several nodes, only the leader does (<see cref="Cluster.ClusterLeader"/>).</summary>
internal sealed partial class AuditHeadMailService(IServiceScopeFactory scopes, Cluster.ClusterLeader leader, TimeProvider clock, ILogger<AuditHeadMailService> logger)
    : BackgroundService
{
    private static readonly TimeSpan SendAt = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(ParisTime.UntilNext(SendAt, clock.GetUtcNow()), clock, stoppingToken);
                if (await leader.IsLeaderAsync(stoppingToken))
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<AuditHeadMail>().SendAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Mail briefly unavailable: tomorrow's head covers today's entries too.
                LogFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The daily audit head could not be mailed.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
