using Portal.Core.Files;
using Portal.Processes.Content;

namespace Portal.Processes.Public;

/// <summary>Gives a process's documents their addresses, formats and sizes: library files are looked up in one query.</summary>
public sealed class DocumentLinks(IMediaFiles files)
{
    public async Task<IReadOnlyList<DocumentView>> ResolveAsync(IEnumerable<DocumentItem> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var views = documents.Select(DocumentView.Of).ToList();
        var ids = views.Select(v => v.Document.MediaId).OfType<string>().Where(id => id.Length > 0).ToList();
        if (ids.Count > 0)
        {
            var stored = await files.FindAsync(ids, cancellationToken);
            views = [.. views.Select(v => v.Document.MediaId is { } id && stored.TryGetValue(id, out var file)
                ? v with { Href = file.Url, Format = file.Extension, Size = file.Size }
                : v)];
        }

        return DocumentView.Sorted(views);
    }
}
