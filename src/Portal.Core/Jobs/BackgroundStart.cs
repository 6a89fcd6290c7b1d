using Microsoft.Extensions.Hosting;

namespace Portal.Core.Jobs;

/// <summary>
/// When background services may begin their first round: once the site listens, then after a delay. A restart
/// compiles its pages' code and queries as it serves them; rounds started at the same time (search catch-up,
/// scheduled publications, digests) took the other core and made the first page a second later. Without a host
/// (a service run on its own, as in tests) there is nothing to wait for.
/// </summary>
public sealed class BackgroundStart(IHostApplicationLifetime? lifetime, TimeSpan delay)
{
    /// <summary>Open at once: for services run without a host.</summary>
    public static BackgroundStart Immediate { get; } = new(null, TimeSpan.Zero);

    /// <summary>
    /// Completes when the first rounds may begin (at once without a host): true, or false when the host stopped
    /// first and the service should return.
    /// </summary>
    public async Task<bool> WaitAsync(CancellationToken stoppingToken)
    {
        if (lifetime is null)
        {
            return !stoppingToken.IsCancellationRequested;
        }

        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            {
                await started.Task.WaitAsync(stoppingToken);
            }

            if (delay > TimeSpan.Zero)
            {
                // Real time on purpose: this is about the machine's processor at start, not the portal's business
                // clock (which tests move by hand).
                await Task.Delay(delay, stoppingToken);
            }

            return true;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
