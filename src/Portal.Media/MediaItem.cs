namespace Portal.Media;

public enum MediaKind
{
    Image,
    Document,
}

/// <summary>
/// One uploaded file. Its files never change after upload (a new file is a new media with a new id),
/// which is what makes the public addresses safe to cache for a year.
/// </summary>
public sealed class MediaItem
{
    public required string Id { get; set; }

    public MediaKind Kind { get; set; }

    public required string Title { get; set; }

    /// <summary>The alternative text of an image (mandatory for images, empty for documents).</summary>
    public string AltText { get; set; } = string.Empty;

    /// <summary>The uploaded file's name, sanitised; only ever shown or offered as a download name.</summary>
    public required string OriginalFileName { get; set; }

    /// <summary>The type found from the content (for an image, the type of the upload, not of the profiles).</summary>
    public required string ContentType { get; set; }

    /// <summary>The extension of the stored document (<c>pdf</c>, <c>docx</c>…); <c>webp</c>/<c>jpg</c> profiles for images.</summary>
    public required string Extension { get; set; }

    public long Size { get; set; }

    public required string Sha256 { get; set; }

    public int? Width { get; set; }

    public int? Height { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedUtc { get; set; }
}
