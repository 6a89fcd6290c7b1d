using Portal.Core.Content;

namespace Portal.Admin;

/// <summary>French names of version statuses, in words (never by colour alone).</summary>
public static class StatusLabels
{
    public static string For(ContentStatus status) => status switch
    {
        ContentStatus.Draft => "Brouillon",
        ContentStatus.InReview => "Soumis au COPIL",
        ContentStatus.Approved => "Validé",
        ContentStatus.Published => "Publié",
        ContentStatus.Superseded => "Remplacé",
        ContentStatus.Archived => "Archivé",
        ContentStatus.Returned => "Renvoyé avec commentaires",
        ContentStatus.Withdrawn => "Retiré (modifié après soumission)",
        ContentStatus.Staged => "Import en cours",
        _ => status.ToString(),
    };

    /// <summary>The latest version's status, and whether an older version is still what the public reads.</summary>
    public static string For(ContentItemVersion latest)
    {
        ArgumentNullException.ThrowIfNull(latest);
        return latest.Status == ContentStatus.Published || latest.Version == 1
            ? For(latest.Status)
            : $"{For(latest.Status)} (v{latest.Version}; une version antérieure peut être publiée)";
    }
}
