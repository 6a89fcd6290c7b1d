namespace Portal.Media.Storage;

/// <summary>The form fields an upload error belongs to.</summary>
public enum UploadField
{
    File,
    AltText,
    Title,
}

/// <summary>What happened to an upload: the stored media, or a French message for one field.</summary>
public sealed record UploadResult(MediaItem? Media, UploadField Field, string? Error)
{
    public bool Succeeded => Media is not null;

    public static UploadResult Stored(MediaItem media) => new(media, UploadField.File, null);

    public static UploadResult Refused(UploadField field, string message) => new(null, field, message);
}

/// <summary>What the editor typed beside the file.</summary>
public sealed record UploadRequest(Stream Content, string? FileName, string? Title, string? AltText, string UserName)
{
    /// <summary>The id to store the file under (a recipe names its files so that content can point to them); a new one when null.</summary>
    public string? Id { get; init; }

    /// <summary>A limit other than the configured upload limit: a recipe's files were chosen by the site's own authors.</summary>
    public long? MaxBytes { get; init; }
}
