using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Core.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Media.Storage;

namespace Portal.Media;

/// <summary>The media library: upload checked from content, images re-encoded into profiles, public serving.</summary>
public sealed class MediaModule : IPortalModule
{
    public string Name => "Médiathèque";

    public IModelContributor Model { get; } = new MediaModel();

    public IReadOnlyList<AdminMenuEntry> Menu { get; } =
    [
        new("Médiathèque", "/admin/medias", Permissions.AccessBackOffice, 20),
    ];

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.Configuration.GetSection(MediaOptions.Section).Get<MediaOptions>() ?? new MediaOptions();
        services.AddSingleton(options);
        services.AddSingleton<MediaStorage>();
        services.AddSingleton<Imaging.DecodingGate>();
        services.AddScoped<MediaLibrary>();
        services.AddScoped<MediaDeletion>();
        services.AddScoped<Core.Files.IMediaFiles, MediaFiles>();
        services.AddScoped<Core.Recipes.IRecipeStepHandler, Recipes.MediaRecipeStep>();
        services.AddScoped<Core.Recipes.IProcessRecipePart, Recipes.MediaExport>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapMediaFiles();
}
