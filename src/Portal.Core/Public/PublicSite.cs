namespace Portal.Core.Public;

/// <summary>
/// The site's public address, from <c>Portal:PublicUrl</c> only. Absolute links (e-mails, sitemap, robots.txt,
/// exports, permalinks) are built from it and never from a request's <c>Host</c> header, which whoever sends the
/// request chooses: a reset e-mail built from it would carry a valid token to the attacker's server.
/// </summary>
public sealed class PublicSite
{
    /// <summary>The address used outside Production when none is configured (the default listening address).</summary>
    public const string DevelopmentDefault = "http://localhost:5080";

    /// <summary>Read from <paramref name="configured"/>; empty means <see cref="DevelopmentDefault"/> and <see cref="IsConfigured"/> false.</summary>
    public PublicSite(string? configured)
    {
        IsConfigured = !string.IsNullOrWhiteSpace(configured);
        var text = IsConfigured ? configured!.Trim() : DevelopmentDefault;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new InvalidOperationException(
                $"Portal:PublicUrl doit être l'adresse publique absolue du site, en http ou https, sans paramètres (par exemple https://participation.exemple.fr) ; reçu « {text} ».");
        }

        Origin = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    /// <summary>Whether <c>Portal:PublicUrl</c> was set (required in Production).</summary>
    public bool IsConfigured { get; }

    /// <summary>Scheme, host, port and base path, without a trailing slash: <c>https://participation.exemple.fr</c>.</summary>
    public string Origin { get; }

    /// <summary>The absolute address of a site path (<c>/demarches/x</c>).</summary>
    public string Url(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.StartsWith('/') ? Origin + path : $"{Origin}/{path}";
    }
}
