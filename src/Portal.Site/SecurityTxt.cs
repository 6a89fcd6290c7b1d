using System.Globalization;
using System.Net.Mail;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Core;
using Portal.Core.Public;

namespace Portal.Site;

/// <summary>
/// <c>/.well-known/security.txt</c> (RFC 9116): how to report a vulnerability, from <c>Portal:SecurityContact</c>;
/// 404 when no contact is configured, so that no placeholder address is ever published.
/// </summary>
internal static class SecurityTxt
{
    public const string Path = "/.well-known/security.txt";

    /// <summary>Generated on each request from configuration, so it never goes stale; RFC 9116 asks for less than a year.</summary>
    private static readonly TimeSpan Validity = TimeSpan.FromDays(180);

    /// <summary>The <c>Contact:</c> value (<c>mailto:</c> or <c>https:</c>) of a configured contact; null when none is set.</summary>
    public static string? ContactUri(string? configured)
    {
        var text = configured?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeMailto))
        {
            return uri.AbsoluteUri;
        }

        return MailAddress.TryCreate(text, out var address) && address.Address == text
            ? "mailto:" + address.Address
            : throw new InvalidOperationException(
                $"Portal:SecurityContact doit être une adresse électronique (securite@exemple.fr) ou une adresse https:// ; reçu « {text} ».");
    }

    public static IEndpointRouteBuilder MapSecurityTxt(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (PortalOptions options, PublicSite site, TimeProvider clock) =>
        {
            if (ContactUri(options.SecurityContact) is not { } contact)
            {
                return Results.NotFound();
            }

            var expires = (clock.GetUtcNow() + Validity).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            return Results.Text(
                $"Contact: {contact}\nExpires: {expires}\nPreferred-Languages: fr, en\nCanonical: {site.Url(Path)}\n",
                "text/plain; charset=utf-8");
        }).ExcludeFromDescription();
        return endpoints;
    }
}
