using Portal.Core.Content;

namespace Portal.Admin;

/// <summary>
/// French names of what storage knows of a version, in words (never by colour alone). Review states are the
/// workflow's: <see cref="VersionStatuses"/> puts its labels in front of these.
/// </summary>
public static class StatusLabels
{
    public static string For(ContentStatus status) => status switch
    {
        ContentStatus.Draft => "Brouillon",
        ContentStatus.Published => "Publié",
        ContentStatus.Superseded => "Remplacé",
        ContentStatus.Archived => "Archivé",
        ContentStatus.Staged => "Import en cours",
        _ => status.ToString(),
    };

    /// <summary>The latest version's state, and whether an older version is still what the public reads.</summary>
    public static string For(ContentItemVersion latest, string? reviewState = null)
    {
        ArgumentNullException.ThrowIfNull(latest);
        var state = reviewState ?? For(latest.Status);
        return latest.Status == ContentStatus.Published || latest.Version == 1
            ? state
            : $"{state} (v{latest.Version}; une version antérieure peut être publiée)";
    }
}
