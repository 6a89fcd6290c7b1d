namespace Portal.Media;

/// <summary>The <c>Portal:Media</c> configuration section: upload size limits.</summary>
public sealed class MediaOptions
{
    public const string Section = "Portal:Media";

    /// <summary>Largest accepted image, in bytes (10 Mo by default).</summary>
    public long MaxImageBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Largest accepted document, in bytes (30 Mo by default).</summary>
    public long MaxDocumentBytes { get; set; } = 30 * 1024 * 1024;

    /// <summary>Images decoded at once; further uploads wait (memory stays near one decode's worth).</summary>
    public int ConcurrentImageDecodes { get; set; } = 1;

    /// <summary>The request limit of the upload form: the larger limit plus room for the other fields.</summary>
    public long MaxRequestBytes => Math.Max(MaxImageBytes, MaxDocumentBytes) + (64 * 1024);
}
