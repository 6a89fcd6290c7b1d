namespace Portal.Core.Themes;

/// <summary>The public theme chosen and the organiser's identity: one settings document (key <see cref="Key"/>).</summary>
public sealed record ThemeSettings
{
    public const string Key = "theme";

    /// <summary>The key of the active theme; an unknown key falls back to the first theme registered.</summary>
    public string Theme { get; init; } = DefaultKey;

    public SiteIdentity Identity { get; init; } = new();

    public const string DefaultKey = "organisation";
}
