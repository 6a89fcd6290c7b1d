using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace Portal.Core.Caching;

/// <summary>
/// The output cache of anonymous public pages, and the one place that evicts from it. Every cached response is
/// tagged <see cref="SiteTag"/>; a page of one process also <see cref="ProcessTag"/>, lists <see cref="ListsTag"/>,
/// search answers <see cref="SearchTag"/>. Each eviction takes the next number of a sequence: a response whose
/// tags were evicted after its request began is not stored, and the number at its start is its ETag.
/// </summary>
/// <remarks>
/// Several nodes: what <see cref="EvictAsync"/> receives is also sent to the other nodes
/// (<see cref="Cluster.ClusterEvictions"/>), which apply it through <see cref="EvictHereAsync"/>, so their
/// sequence moves on too. ETags carry a seed drawn at each start of each node: a node never recognises another
/// node's ETag (it answers 200, never a 304 vouching for a page it did not render), and its own ETags change as
/// soon as any node's change reaches it. A database-wide counter would let nodes share ETags, but a restored
/// backup or a new release (different HTML, same counter) would then validate stale copies.
/// </remarks>
public sealed class PublicCache(IOutputCacheStore store, Cluster.ClusterEvictions? cluster = null, ContentChangeSignal? changes = null)
{
    public const string PolicyName = "public";
    public const string SiteTag = "site";
    public const string ListsTag = "lists";
    public const string SearchTag = "search";

    // A node restart starts new ETags: nothing cached before it is vouched for.
    private readonly string _seed = Guid.NewGuid().ToString("N")[..8];
    private readonly ConcurrentDictionary<string, long> _evictedAt = new(StringComparer.Ordinal);
    private long _sequence;

    public long Sequence => Interlocked.Read(ref _sequence);

    public static string ProcessTag(string processId) => "process:" + processId;

    public string ETagOf(long sequence) => $"W/\"{_seed}-{sequence}\"";

    /// <summary>Evicts a committed change's tags on this node and on every other node.</summary>
    public async Task EvictAsync(IEnumerable<string> tags, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var distinct = tags.Distinct(StringComparer.Ordinal).ToList();
        await EvictHereAsync(distinct, cancellationToken);
        if (cluster is not null)
        {
            await cluster.PublishAsync(distinct, cancellationToken);
        }
    }

    /// <summary>Evicts on this node only: what another node sent, or what only this node's state made stale (its search index).</summary>
    public async Task EvictHereAsync(IEnumerable<string> tags, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tags);
        // Marked before evicting: a render that read the old state can no longer be stored.
        var at = Interlocked.Increment(ref _sequence);
        var distinct = tags.Distinct(StringComparer.Ordinal).ToList();
        foreach (var tag in distinct)
        {
            _evictedAt[tag] = at;
        }

        foreach (var tag in distinct)
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }

        if (distinct.Any(tag => tag != SearchTag))
        {
            changes?.Raise();
        }
    }

    /// <summary>True when one of the tags was evicted after <paramref name="sequence"/> was read.</summary>
    public bool EvictedSince(long sequence, IEnumerable<string> tags) =>
        tags.Any(tag => _evictedAt.TryGetValue(tag, out var at) && at > sequence);

    /// <summary>Tags the response being rendered with the process it shows, when it may be cached.</summary>
    public static void TagProcess(HttpContext context, string processId)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Features.Get<IOutputCacheFeature>()?.Context.Tags.Add(ProcessTag(processId));
    }
}
