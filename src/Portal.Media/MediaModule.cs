using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Media.Storage;

namespace Portal.Media;

/// <summary>The media library: upload checked from content, images re-encoded into profiles, public serving.</summary>
public static class MediaModule
{
    public static IServiceCollection AddMedia(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(MediaOptions.Section).Get<MediaOptions>() ?? new MediaOptions();
        services.AddSingleton(options);
        services.AddModelContributor<MediaModel>();
        services.AddSingleton<MediaStorage>();
        services.AddScoped<MediaLibrary>();
        return services;
    }

    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder endpoints) => endpoints.MapMediaFiles();
}
