namespace Portal.Core.Jobs;

public enum JobState
{
    Queued,
    Running,
    Succeeded,
    Failed,
}

/// <summary>What a job's page shows: its progress while it runs, then its French outcome and where to see the result.</summary>
public sealed class JobStatus
{
    private int _done;

    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>Who asked for it: only they (and administrators) follow it.</summary>
    public required string RequestedBy { get; init; }

    public DateTimeOffset CreatedUtc { get; init; }

    public JobState State { get; internal set; }

    /// <summary>How many units of work there are (items of a lot, lines of a file); 0 when unknown.</summary>
    public int Total { get; internal set; }

    public int Done => Volatile.Read(ref _done);

    public string? Message { get; internal set; }

    /// <summary>The page that shows the result (the lot, the process), to go to when the job is over.</summary>
    public string? ResultUrl { get; internal set; }

    public DateTimeOffset? FinishedUtc { get; internal set; }

    public bool Finished => State is JobState.Succeeded or JobState.Failed;

    /// <summary>The progress as a whole percentage, 0 when the total is unknown.</summary>
    public int Percent => Total <= 0 ? 0 : Math.Clamp((int)(100L * Done / Total), 0, 100);

    internal void Report(int done) => Volatile.Write(ref _done, done);
}

/// <summary>How a job ended, in French, with the page of its result.</summary>
public sealed record JobResult(bool Succeeded, string Message, string? ResultUrl = null);
