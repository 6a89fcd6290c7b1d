using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Media;

/// <summary>
/// Sets the configured request and multipart limits on the upload page before any other filter
/// (antiforgery included) reads the body: the server and the form reader stop an oversized upload
/// while it streams in. The library then counts bytes again against the limit of the kind of file found.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class UploadLimitsAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public int Order => int.MinValue;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var limit = context.HttpContext.RequestServices.GetRequiredService<MediaOptions>().MaxRequestBytes;
        var features = context.HttpContext.Features;
        if (features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }

        if (!context.HttpContext.Request.HasFormContentType || features.Get<IFormFeature>()?.Form is null)
        {
            features.Set<IFormFeature>(new FormFeature(context.HttpContext.Request, new FormOptions
            {
                MultipartBodyLengthLimit = limit,
                ValueLengthLimit = 64 * 1024,
            }));
        }
    }
}
