using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Media;

/// <summary>The upload form as a browser sends it: multipart, with the page's antiforgery token.</summary>
internal static class MediaForm
{
    public const string Path = "/admin/medias/ajouter";

    public static async Task<HttpResponseMessage> UploadAsync(BrowserlessUser user, byte[] bytes, string fileName, string clientType, string? title = null, string? altText = null)
    {
        var page = await user.GetAsync(Path);
        var token = page.QuerySelector<IHtmlInputElement>("#media-upload input[name=__RequestVerificationToken]")?.Value
            ?? throw new InvalidOperationException("No antiforgery token on the upload form.");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(title ?? string.Empty), "Titre" },
            { new StringContent(altText ?? string.Empty), "TexteAlternatif" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(clientType);
        form.Add(file, "fichier", fileName);
        return await user.Client.PostAsync(new Uri(Path, UriKind.Relative), form, TestContext.Current.CancellationToken);
    }

    /// <summary>The id of the media just stored, from the redirect to the library.</summary>
    public static async Task<string> StoredIdAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"Upload answered {(int)response.StatusCode}: {await FieldErrorAsync(response, "fichier")}");
        var location = response.Headers.Location!.OriginalString;
        var at = location.IndexOf("ajoute=", StringComparison.Ordinal);
        Assert.True(at >= 0, $"Redirected to {location}");
        return location[(at + "ajoute=".Length)..];
    }

    /// <summary>The French message shown beside a field (its <c>{field}-error</c> paragraph).</summary>
    public static async Task<string?> FieldErrorAsync(HttpResponseMessage response, string field)
    {
        var page = await BrowserlessUser.ParseAsync(Path, response);
        return page.GetElementById($"{field}-error")?.TextContent.Trim();
    }

    public static bool Described(IDocument page, string field) =>
        page.GetElementById(field)?.GetAttribute("aria-describedby")?.Contains($"{field}-error", StringComparison.Ordinal) == true;
}
