namespace Portal.Core.Text;

/// <summary>The addresses an editor may give for a link: absolute http(s), or a path of this site.</summary>
public static class WebAddresses
{
    public static bool IsAbsolute(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>A path of this site (« /pages/contact »); « //autre.site » and « /\autre.site » lead elsewhere and are not.</summary>
    public static bool IsSitePath(string? url) =>
        url is ['/', var second, ..] ? second is not ('/' or '\\') : url == "/";
}
