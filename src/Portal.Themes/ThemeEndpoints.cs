using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;
using Portal.Core.Caching;
using Portal.Core.Themes;

namespace Portal.Themes;

/// <summary>
/// The identity's colours as a stylesheet (the Content-Security-Policy forbids inline styles) and a favicon drawn in the
/// primary colour. Both go through the public cache, evicted with the site's tag when the settings change; the
/// stylesheet's address carries <see cref="SiteIdentity.StylesheetVersion"/>, so a browser keeps it a year and fetches
/// the next one when the colours change.
/// </summary>
internal static class ThemeEndpoints
{
    public const string StylesheetPath = "/theme/identite.css";

    public static IEndpointRouteBuilder MapThemeFiles(this IEndpointRouteBuilder endpoints)
    {
        var cached = new OutputCacheAttribute { PolicyName = PublicCache.PolicyName };
        endpoints.MapGet(StylesheetPath, StylesheetAsync).WithMetadata(cached).ExcludeFromDescription();
        endpoints.MapGet("/favicon.svg", FaviconAsync).WithMetadata(cached).ExcludeFromDescription();
        endpoints.MapGet("/favicon.ico", () => Results.Redirect("/favicon.svg", permanent: true)).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> StylesheetAsync(HttpContext context, ActiveTheme theme)
    {
        var identity = (await theme.SettingsAsync(context.RequestAborted)).Identity;
        var versioned = context.Request.Query["v"] == identity.StylesheetVersion;
        context.Response.Headers.CacheControl = versioned ? "public, max-age=31536000, immutable" : "public, max-age=300";
        return Results.Text(IdentityStylesheet.Css(identity), "text/css; charset=utf-8");
    }

    private static async Task<IResult> FaviconAsync(HttpContext context, ActiveTheme theme)
    {
        var identity = (await theme.SettingsAsync(context.RequestAborted)).Identity;
        context.Response.Headers.CacheControl = "public, max-age=86400";
        return Results.Text(IdentityStylesheet.Favicon(identity), "image/svg+xml");
    }
}

/// <summary>The texts of the identity's stylesheet and favicon.</summary>
public static class IdentityStylesheet
{
    /// <summary>CSS custom properties the themes read; white is the ink on either colour (contrast checked at save).</summary>
    public static string Css(SiteIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var primary = Safe(identity.PrimaryColour, "#000091");
        var accent = Safe(identity.AccentColour, "#6a3d00");
        return string.Create(CultureInfo.InvariantCulture,
            $":root {{\n    --brand-primary: {primary};\n    --brand-primary-ink: #ffffff;\n    --brand-accent: {accent};\n    --brand-accent-ink: #ffffff;\n}}\n");
    }

    /// <summary>A rounded square in the primary colour with the organisation's initial in white.</summary>
    public static string Favicon(SiteIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var initial = identity.OrganisationName.Trim().FirstOrDefault(char.IsLetterOrDigit);
        var letter = initial == default ? "P" : char.ToUpperInvariant(initial).ToString();
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\"><rect width=\"32\" height=\"32\" rx=\"6\" fill=\"{Safe(identity.PrimaryColour, "#000091")}\"/>"
            + $"<text x=\"16\" y=\"23\" font-family=\"Arial, sans-serif\" font-size=\"20\" font-weight=\"700\" text-anchor=\"middle\" fill=\"#ffffff\">{System.Net.WebUtility.HtmlEncode(letter)}</text></svg>";
    }

    // A stored colour is checked at save; a hand-edited database still cannot inject CSS.
    private static string Safe(string colour, string fallback) => ColourContrast.IsHexColour(colour) ? colour.ToLowerInvariant() : fallback;
}
