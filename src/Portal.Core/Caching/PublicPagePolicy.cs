using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace Portal.Core.Caching;

/// <summary>
/// Caches a public page for anonymous GET and HEAD requests only: signed-in users (and any request with
/// credentials) neither read from nor write to the cache. Only complete 200 answers without cookies are
/// stored, varying by query string and by accepted encoding (bodies are stored compressed).
/// </summary>
internal sealed class PublicPagePolicy : IOutputCachePolicy
{
    /// <summary>A ceiling for what no publication changes (a process's phase turns with the date).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private static readonly object SequenceKey = new();

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var attempt = (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && http.User.Identity?.IsAuthenticated != true
            && !http.Request.Headers.ContainsKey(HeaderNames.Authorization);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.HeaderNames = HeaderNames.AcceptEncoding;
        context.Tags.Add(PublicCache.SiteTag);
        if (attempt)
        {
            var cache = http.RequestServices.GetRequiredService<PublicCache>();
            var sequence = cache.Sequence;
            http.Items[SequenceKey] = sequence;
            http.Response.Headers.ETag = cache.ETagOf(sequence);
            http.Response.Headers.CacheControl = "no-cache";
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var cache = http.RequestServices.GetRequiredService<PublicCache>();
        if (http.Response.StatusCode != StatusCodes.Status200OK
            || http.Response.Headers.ContainsKey(HeaderNames.SetCookie)
            || http.Items[SequenceKey] is not long sequence
            || cache.EvictedSince(sequence, context.Tags))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
