namespace Portal.Core.Themes;

/// <summary>The organiser's identity, set in the back office: the theme shows what it is made for (the DSFR keeps its own colours).</summary>
public sealed record SiteIdentity
{
    public string OrganisationName { get; init; } = string.Empty;

    public SiteLogo? Logo { get; init; }

    /// <summary>Links, buttons and the header band: a colour dark enough for text on white and white text on it.</summary>
    public string PrimaryColour { get; init; } = "#000091";

    /// <summary>Headings' rules and highlights, under the same contrast rule.</summary>
    public string AccentColour { get; init; } = "#6a3d00";

    public IReadOnlyList<IdentityLink> HeaderLinks { get; init; } = [];

    public IReadOnlyList<IdentityLink> FooterLinks { get; init; } = [];

    public OrganiserContact Contact { get; init; } = new();

    /// <summary>Changes whenever the colours change: the stylesheet's address carries it, so browsers fetch the new one.</summary>
    public string StylesheetVersion => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
        System.Text.Encoding.UTF8.GetBytes($"{PrimaryColour}|{AccentColour}")))[..12];
}

/// <summary>The logo: its public address (a media image's profile, or a file the site ships) and its alternative text.</summary>
public sealed record SiteLogo(string Url, string Alt, string? MediaId = null);

/// <summary>A link of the header or the footer: a site path or an https address.</summary>
public sealed record IdentityLink(string Text, string Href);

/// <summary>How to reach the organiser (shown in the footer).</summary>
public sealed record OrganiserContact(string Address = "", string Email = "", string Phone = "");
