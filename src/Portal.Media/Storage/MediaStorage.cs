using Portal.Core;

namespace Portal.Media.Storage;

/// <summary>Where media files live: <c>{DataPath}/media/{id}/{profile}.{ext}</c>, and an incoming folder for uploads in progress.</summary>
public sealed class MediaStorage(PortalPaths paths)
{
    public string Root { get; } = Path.Combine(paths.DataPath, "media");

    public string Incoming => Path.Combine(Root, ".incoming");

    /// <summary>The folder of a media; null for anything that is not a well-formed id (no path tricks).</summary>
    public string? Folder(string id) => IsId(id) ? Path.Combine(Root, id) : null;

    public static string NewId() => Guid.NewGuid().ToString("N");

    public static bool IsId(string id) => id.Length == 32 && id.All(char.IsAsciiHexDigitLower);
}
