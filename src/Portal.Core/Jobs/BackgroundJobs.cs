using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Portal.Core.Jobs;

/// <summary>
/// Runs long operations (submitting or publishing a lot of a thousand items, an import of thousands of lines) off
/// the request: the page answers at once with a job to follow, a progress bar, then the result. One job runs at a
/// time, each in its own service scope; a job is all-or-nothing by its own transaction, so a job stopped by a
/// shutdown leaves nothing half done. Progress lives in this process's memory for a day: the durable outcome is
/// the work itself (the lot's state, the imported items), which the result page shows.
/// </summary>
public sealed partial class BackgroundJobs(IServiceScopeFactory scopes, TimeProvider clock, ILogger<BackgroundJobs> logger) : IDisposable
{
    private static readonly TimeSpan Kept = TimeSpan.FromDays(1);
    private readonly ConcurrentDictionary<string, JobStatus> _jobs = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Queues the work and returns its status at once; <paramref name="work"/> reports the units done through the progress it gets.</summary>
    public JobStatus Start(string title, string requestedBy, int total, Func<IServiceProvider, IProgress<int>, CancellationToken, Task<JobResult>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        Forget();
        var job = new JobStatus { Id = Guid.NewGuid().ToString("N"), Title = title, RequestedBy = requestedBy, CreatedUtc = clock.GetUtcNow(), Total = total };
        _jobs[job.Id] = job;
        _ = Task.Run(() => RunAsync(job, work));
        return job;
    }

    public JobStatus? Find(string id) => _jobs.TryGetValue(id, out var job) ? job : null;

    /// <summary>Waits until the job is over (tests, and callers that can wait).</summary>
    public async Task<JobStatus> WaitAsync(string id, CancellationToken cancellationToken = default)
    {
        var job = Find(id) ?? throw new InvalidOperationException($"No job {id}.");
        while (!job.Finished)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
        }

        return job;
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
        _oneAtATime.Dispose();
    }

    private async Task RunAsync(JobStatus job, Func<IServiceProvider, IProgress<int>, CancellationToken, Task<JobResult>> work)
    {
        try
        {
            await _oneAtATime.WaitAsync(_stopping.Token);
            try
            {
                job.State = JobState.Running;
                await using var scope = scopes.CreateAsyncScope();
                var result = await work(scope.ServiceProvider, new Progress(job), _stopping.Token);
                Finish(job, result);
            }
            finally
            {
                _oneAtATime.Release();
            }
        }
        catch (OperationCanceledException)
        {
            Finish(job, new JobResult(false, "La tâche a été interrompue par l'arrêt du serveur : rien n'a été changé. Relancez-la."));
        }
#pragma warning disable CA1031 // A failing job must be reported on its page, never crash the process.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            var reference = Guid.NewGuid().ToString("N")[..8];
            LogFailed(logger, job.Title, reference, exception);
            Finish(job, new JobResult(false, $"La tâche a échoué : rien n'a été changé. Référence de l'erreur : {reference}."));
        }
    }

    private void Finish(JobStatus job, JobResult result)
    {
        job.Message = result.Message;
        job.ResultUrl = result.ResultUrl;
        job.FinishedUtc = clock.GetUtcNow();
        job.State = result.Succeeded ? JobState.Succeeded : JobState.Failed;
    }

    private void Forget()
    {
        var before = clock.GetUtcNow() - Kept;
        foreach (var old in _jobs.Values.Where(j => j.FinishedUtc < before))
        {
            _jobs.TryRemove(old.Id, out _);
        }
    }

    private sealed class Progress(JobStatus job) : IProgress<int>
    {
        public void Report(int value) => job.Report(value);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Background job « {Title} » failed (reference {Reference}).")]
    private static partial void LogFailed(ILogger logger, string title, string reference, Exception exception);
}
