namespace Portal.Media.Checking;

/// <summary>An accepted type, recognised from the file's content.</summary>
public sealed record FileType(MediaKind Kind, string ContentType, string Extension, string Label)
{
    public static readonly FileType Jpeg = new(MediaKind.Image, "image/jpeg", "jpg", "image JPEG");
    public static readonly FileType Png = new(MediaKind.Image, "image/png", "png", "image PNG");
    public static readonly FileType WebP = new(MediaKind.Image, "image/webp", "webp", "image WebP");
    public static readonly FileType Gif = new(MediaKind.Image, "image/gif", "gif", "image GIF");
    public static readonly FileType Pdf = new(MediaKind.Document, "application/pdf", "pdf", "document PDF");
    public static readonly FileType Docx = new(MediaKind.Document, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "document Word");
    public static readonly FileType Xlsx = new(MediaKind.Document, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "classeur Excel");
    public static readonly FileType Odt = new(MediaKind.Document, "application/vnd.oasis.opendocument.text", "odt", "document OpenDocument");
    public static readonly FileType Ods = new(MediaKind.Document, "application/vnd.oasis.opendocument.spreadsheet", "ods", "classeur OpenDocument");
    public static readonly FileType Doc = new(MediaKind.Document, "application/msword", "doc", "document Word 97-2003");
    public static readonly FileType Xls = new(MediaKind.Document, "application/vnd.ms-excel", "xls", "classeur Excel 97-2003");

    /// <summary>Every type a stored document may have, by extension, for serving.</summary>
    public static readonly IReadOnlyDictionary<string, FileType> Documents =
        new[] { Pdf, Docx, Xlsx, Odt, Ods, Doc, Xls }.ToDictionary(t => t.Extension, StringComparer.Ordinal);
}
