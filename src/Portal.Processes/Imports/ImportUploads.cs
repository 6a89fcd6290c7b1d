using Portal.Core;

namespace Portal.Processes.Imports;

/// <summary>
/// Uploaded import files between the preview and the commit, in <c>{DataPath}/imports</c>: deleted once the
/// import is committed or abandoned, and any left for a day (a preview nobody followed up) deleted at the
/// next upload or at start.
/// </summary>
public sealed class ImportUploads(PortalPaths paths, TimeProvider clock)
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    public string Folder => Path.Combine(paths.DataPath, "imports");

    public async Task<string> SaveAsync(byte[] content, CancellationToken cancellationToken)
    {
        DeleteStale();
        Directory.CreateDirectory(Folder);
        var token = Guid.NewGuid().ToString("N");
        await File.WriteAllBytesAsync(PathOf(token), content, cancellationToken);
        return token;
    }

    /// <summary>The file's bytes, or null when the token is not one of ours or the file is gone.</summary>
    public async Task<byte[]?> ReadAsync(string? token, CancellationToken cancellationToken) =>
        IsToken(token) && File.Exists(PathOf(token!)) ? await File.ReadAllBytesAsync(PathOf(token!), cancellationToken) : null;

    public void Delete(string? token)
    {
        if (IsToken(token))
        {
            File.Delete(PathOf(token!));
        }
    }

    /// <summary>Deletes the files older than <see cref="KeptFor"/>.</summary>
    public void DeleteStale()
    {
        if (!Directory.Exists(Folder))
        {
            return;
        }

        var before = clock.GetUtcNow().UtcDateTime - KeptFor;
        foreach (var file in Directory.EnumerateFiles(Folder, "*.bin"))
        {
            if (File.GetLastWriteTimeUtc(file) < before)
            {
                File.Delete(file);
            }
        }
    }

    // Only our own names: a posted token never reaches outside the folder.
    private static bool IsToken(string? token) => Guid.TryParseExact(token, "N", out _);

    private string PathOf(string token) => Path.Combine(Folder, token + ".bin");
}
