namespace Portal.Processes.Content;

/// <summary>
/// The formats a document may declare when it lives at an external address (the media library reads its own from the
/// file), and how each is named beside a link: « PDF, 1,2 Mo ».
/// </summary>
public static class DocumentFormats
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["pdf"] = "PDF", ["docx"] = "DOCX", ["doc"] = "DOC", ["odt"] = "ODT", ["xlsx"] = "XLSX", ["xls"] = "XLS", ["ods"] = "ODS",
        ["csv"] = "CSV", ["html"] = "page web", ["epub"] = "EPUB", ["mp4"] = "vidéo MP4", ["mp3"] = "audio MP3",
    };

    public static IEnumerable<string> Keys => Labels.Keys;

    public static bool IsKnown(string? format) => format is not null && Labels.ContainsKey(format);

    /// <summary>The name shown beside a link; the extension in capitals for a format outside the list.</summary>
    public static string Label(string format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return Labels.TryGetValue(format, out var label) ? label : format.ToUpperInvariant();
    }
}
