namespace Portal.Core.Caching;

/// <summary>
/// Raised when published content changed, here or on another node (every eviction but the search answers'
/// own): the search indexer wakes on it instead of waiting for its next poll.
/// </summary>
public sealed class ContentChangeSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next change after this read: read it before looking, then wait on it.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Raise() => Interlocked.Exchange(ref _next, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
