using System.Net.Mime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Portal.Media.Checking;
using Portal.Media.Imaging;
using Portal.Media.Storage;

namespace Portal.Media;

/// <summary>Public serving: <c>/medias/{id}/{profile}.{webp|jpg}</c> for images, <c>/medias/{id}/document.{ext}</c> for documents.</summary>
internal static class MediaEndpoints
{
    /// <summary>A media's files never change (a new file is a new id), so browsers and proxies may keep them a year.</summary>
    public const string CacheControl = "public, max-age=31536000, immutable";

    public static IEndpointRouteBuilder MapMediaFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/medias/{id}/{file}", ServeAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> ServeAsync(string id, string file, HttpContext context, MediaLibrary library, MediaStorage storage)
    {
        var media = await library.FindAsync(id, context.RequestAborted);
        var folder = storage.Folder(id);
        var dot = file.LastIndexOf('.');
        if (media is null || folder is null || dot <= 0)
        {
            return Results.NotFound();
        }

        var (name, extension) = (file[..dot], file[(dot + 1)..]);
        string contentType;
        if (media.Kind == MediaKind.Image)
        {
            if (ImageProfile.Find(name) is null || !ImageProfile.Formats.Contains(extension))
            {
                return Results.NotFound();
            }

            contentType = extension == "webp" ? "image/webp" : "image/jpeg";
        }
        else
        {
            if (name != "document" || extension != media.Extension || !FileType.Documents.TryGetValue(extension, out var type))
            {
                return Results.NotFound();
            }

            contentType = type.ContentType;
            // PDF opens in the browser; office files download. Either way under the uploaded (sanitised) name.
            var disposition = new ContentDispositionHeaderValue(extension == "pdf" ? DispositionTypeNames.Inline : DispositionTypeNames.Attachment);
            disposition.SetHttpFileName(media.OriginalFileName);
            context.Response.Headers.ContentDisposition = disposition.ToString();
        }

        var path = Path.Combine(folder, $"{name}.{extension}");
        if (!File.Exists(path))
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = CacheControl;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(path, contentType, lastModified: media.CreatedUtc, entityTag: new EntityTagHeaderValue($"\"{media.Sha256[..16]}-{name}.{extension}\""), enableRangeProcessing: true);
    }
}
