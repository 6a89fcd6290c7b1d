namespace Portal.Media.Imaging;

/// <summary>
/// How many uploaded images are decoded and re-encoded at once (<c>Portal:Media:ConcurrentImageDecodes</c>, 1 by
/// default). Each decode of a large image holds tens to hundreds of megabytes in libvips and the allocator's
/// per-thread arenas: four at once took the portal from 245 to 600 MB, one at a time keeps it near one decode's
/// worth. Further uploads wait their turn; a cancelled request leaves the queue.
/// </summary>
public sealed class DecodingGate(MediaOptions options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.ConcurrentImageDecodes));

    public async Task<T> RunAsync<T>(Func<T> decode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decode);
        await _slots.WaitAsync(cancellationToken);
        try
        {
            return decode();
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
