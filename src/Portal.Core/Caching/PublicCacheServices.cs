using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;

namespace Portal.Core.Caching;

/// <summary>Output cache of public pages, its eviction on publication, and Brotli/gzip compression.</summary>
public static class PublicCacheServices
{
    public static IServiceCollection AddPublicCache(this IServiceCollection services)
    {
        services.AddOutputCache(options => options.AddPolicy(PublicCache.PolicyName, new PublicPagePolicy()));
        services.AddSingleton<PublicCache>();
        services.AddSingleton<PublicCacheEvictions>();
        services.AddScoped<IContentIndexHandler, PublicCacheIndexHandler>();
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "text/csv", "application/problem+json", "image/svg+xml"];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        return services;
    }
}
