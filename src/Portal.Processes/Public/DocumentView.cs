using Portal.Core.Text;
using Portal.Processes.Content;

namespace Portal.Processes.Public;

/// <summary>
/// A document as the public sees it: its address, and the format and size shown beside every link (« PDF, 1,2 Mo »).
/// For a file of the media library they are the stored file's; for an external address, what the editor declared.
/// No address means the library no longer holds the file.
/// </summary>
public sealed record DocumentView(DocumentItem Document, string? Href, string? Format, long? Size)
{
    /// <summary>The document as its record alone says it: an external link is complete, a library file waits for its facts.</summary>
    public static DocumentView Of(DocumentItem document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return string.IsNullOrEmpty(document.Url)
            ? new(document, null, null, null)
            : new(document, document.Url, document.Format, document.SizeBytes);
    }

    /// <summary>« PDF, 1,2 Mo », « page web », or null when the format is unknown.</summary>
    public string? FormatAndSize => Format is null ? null
        : Size is { } size ? $"{DocumentFormats.Label(Format)}, {French.FileSize(size)}" : DocumentFormats.Label(Format);

    public string TypeLabel => DocumentKinds.Label(Document.DocumentType);

    /// <summary>The order of the « Documents » section: by type, then date, then the editor's order.</summary>
    public static IReadOnlyList<DocumentView> Sorted(IEnumerable<DocumentView> documents) =>
        [.. documents.OrderBy(d => DocumentKinds.Rank(d.Document.DocumentType)).ThenBy(d => d.Document.Date ?? DateOnly.MaxValue)
            .ThenBy(d => d.Document.Order).ThenBy(d => d.Document.Title, StringComparer.Ordinal)];
}
