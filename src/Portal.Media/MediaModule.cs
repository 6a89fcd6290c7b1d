using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Media.Storage;

namespace Portal.Media;

/// <summary>The media library: upload checked from content, images re-encoded into profiles, public serving.</summary>
public static class MediaModule
{
    /// <summary>The Razor page that receives uploads; its request size limit comes from <see cref="MediaOptions"/>.</summary>
    public const string UploadPage = "/Admin/Medias/Ajouter";

    public static IServiceCollection AddMedia(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(MediaOptions.Section).Get<MediaOptions>() ?? new MediaOptions();
        services.AddSingleton(options);
        services.AddModelContributor<MediaModel>();
        services.AddSingleton<MediaStorage>();
        services.AddScoped<MediaLibrary>();
        services.Configure<RazorPagesOptions>(pages => pages.Conventions.AddPageApplicationModelConvention(UploadPage, page =>
        {
            // Endpoint metadata, so the server and the form reader stop an oversized body before any
            // filter (antiforgery included) reads it; the library then counts bytes per kind.
            page.EndpointMetadata.Add(new RequestSizeLimitAttribute(options.MaxRequestBytes));
            page.EndpointMetadata.Add(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = options.MaxRequestBytes });
        }));
        return services;
    }

    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder endpoints) => endpoints.MapMediaFiles();
}
