namespace Portal.Core.Files;

/// <summary>
/// What a page needs to link a file of the media library without knowing the library: its public address, the format
/// found from its content and its size. The Media module answers; modules that link files (a process's documents) ask.
/// </summary>
public interface IMediaFiles
{
    /// <summary>The stored files among <paramref name="ids"/>, by id; ids that name no file are left out.</summary>
    Task<IReadOnlyDictionary<string, StoredFile>> FindAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);
}

/// <summary>A stored file as pages link it: address, extension (<c>pdf</c>, <c>docx</c>…) and size in bytes.</summary>
public sealed record StoredFile(string Id, string Url, string Extension, long Size);

/// <summary>When no media library is composed: no file is known.</summary>
internal sealed class NoMediaFiles : IMediaFiles
{
    public Task<IReadOnlyDictionary<string, StoredFile>> FindAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, StoredFile>>(new Dictionary<string, StoredFile>(StringComparer.Ordinal));
}
