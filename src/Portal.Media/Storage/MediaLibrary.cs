using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Media.Checking;
using Portal.Media.Imaging;

namespace Portal.Media.Storage;

/// <summary>
/// Uploads and lists media (deletion: <see cref="MediaDeletion"/>). An upload is checked from its first bytes before anything is
/// written, copied with a byte count that stops at the limit of its kind, checked again inside (office
/// containers, image decoding), and only then moved into place and recorded.
/// </summary>
public sealed class MediaLibrary(PortalDbContext db, MediaStorage storage, MediaOptions options, DecodingGate decoding, TimeProvider clock)
{
    public const int MaxTitleLength = 300;
    public const int MaxAltTextLength = 500;

    public Task<List<MediaItem>> ListAsync(CancellationToken cancellationToken) =>
        db.Set<MediaItem>().AsNoTracking().OrderByDescending(m => m.CreatedUtc).ToListAsync(cancellationToken);

    public Task<MediaItem?> FindAsync(string id, CancellationToken cancellationToken) =>
        MediaStorage.IsId(id)
            ? db.Set<MediaItem>().AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken)
            : Task.FromResult<MediaItem?>(null);

    public async Task<UploadResult> UploadAsync(UploadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var head = new byte[Signatures.HeadLength];
        var headLength = await request.Content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        if (headLength == 0)
        {
            return UploadResult.Refused(UploadField.File, "Choisissez un fichier : le fichier envoyé est vide.");
        }

        var (signature, imageType) = Signatures.Read(head.AsSpan(0, headLength));
        if (signature == Signature.Executable)
        {
            return UploadResult.Refused(UploadField.File, "Ce fichier est un programme ou un script, pas une image ni un document : il est refusé, quel que soit son nom.");
        }

        if (signature == Signature.Unknown)
        {
            return UploadResult.Refused(UploadField.File, Unsupported);
        }

        var kind = signature == Signature.Image ? MediaKind.Image : MediaKind.Document;
        var fieldError = CheckFields(kind, request.Title, request.AltText);
        if (fieldError is not null)
        {
            return fieldError;
        }

        Directory.CreateDirectory(storage.Incoming);
        var id = request.Id is { } given && MediaStorage.IsId(given) ? given : MediaStorage.NewId();
        var incomingFile = Path.Combine(storage.Incoming, id + ".upload");
        var staging = Path.Combine(storage.Incoming, id);
        try
        {
            var limit = request.MaxBytes ?? (kind == MediaKind.Image ? options.MaxImageBytes : options.MaxDocumentBytes);
            var (size, sha256) = await CopyCountingAsync(head.AsMemory(0, headLength), request.Content, incomingFile, limit, cancellationToken);
            if (size > limit)
            {
                return UploadResult.Refused(UploadField.File, $"Le fichier est trop volumineux : {(kind == MediaKind.Image ? "une image" : "un document")} ne doit pas dépasser {Megabytes(limit)}.");
            }

            var type = signature switch
            {
                Signature.Image => imageType,
                Signature.Pdf => FileType.Pdf,
                Signature.Zip => Containers.ReadZip(incomingFile),
                Signature.CompoundFile => Containers.ReadCompoundFile(incomingFile),
                _ => null,
            };
            if (type is null)
            {
                return UploadResult.Refused(UploadField.File, signature == Signature.Zip
                    ? "Cette archive ZIP n'est pas un document Word, Excel ou OpenDocument (ou contient des macros) : elle est refusée."
                    : Unsupported);
            }

            Directory.CreateDirectory(staging);
            int? width = null, height = null;
            if (kind == MediaKind.Image)
            {
                // Dimensions from the header first: nothing is decoded for an image beyond the limits.
                if (ImageEncoder.ReadHeader(incomingFile) is { } header && !ImageEncoder.IsWithinLimits(header.Width, header.Height))
                {
                    return UploadResult.Refused(UploadField.File, string.Create(French,
                        $"Cette image est trop grande : {header.Width:N0} × {header.Height:N0} pixels. Elle doit compter au plus {ImageEncoder.MaxPixels / 1_000_000} millions de pixels et {ImageEncoder.MaxSide:N0} pixels de côté : réduisez-la avant de l'envoyer."));
                }

                var encoded = await decoding.RunAsync(() => ImageEncoder.EncodeAll(incomingFile, staging), cancellationToken);
                if (encoded is null)
                {
                    return UploadResult.Refused(UploadField.File, "Cette image est illisible : enregistrez-la à nouveau en JPEG ou PNG.");
                }

                (width, height) = (encoded.Width, encoded.Height);
            }
            else
            {
                File.Move(incomingFile, Path.Combine(staging, $"document.{type.Extension}"));
            }

            var media = new MediaItem
            {
                Id = id,
                Kind = kind,
                Title = (request.Title ?? string.Empty).Trim(),
                AltText = kind == MediaKind.Image ? (request.AltText ?? string.Empty).Trim() : string.Empty,
                OriginalFileName = FileNames.Sanitise(request.FileName, type.Extension),
                ContentType = type.ContentType,
                Extension = type.Extension,
                Size = size,
                Sha256 = sha256,
                Width = width,
                Height = height,
                CreatedBy = request.UserName,
                CreatedUtc = clock.GetUtcNow().UtcDateTime,
            };
            Directory.Move(staging, storage.Folder(id)!);
            db.Add(media);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch
            {
                Directory.Delete(storage.Folder(id)!, recursive: true);
                throw;
            }

            return UploadResult.Stored(media);
        }
        finally
        {
            // The original upload is never kept: its metadata (GPS…) is what the profiles leave out.
            File.Delete(incomingFile);
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private const string Unsupported = "Ce type de fichier n'est pas accepté. Images : JPEG, PNG, WebP, GIF. Documents : PDF, Word (.docx, .doc), Excel (.xlsx, .xls), OpenDocument (.odt, .ods).";

    private static UploadResult? CheckFields(MediaKind kind, string? title, string? altText)
    {
        if (kind == MediaKind.Image && string.IsNullOrWhiteSpace(altText))
        {
            return UploadResult.Refused(UploadField.AltText, "Le texte alternatif est obligatoire pour une image : décrivez ce qu'elle montre à une personne qui ne la voit pas.");
        }

        if (altText?.Trim().Length > MaxAltTextLength)
        {
            return UploadResult.Refused(UploadField.AltText, $"Le texte alternatif ne doit pas dépasser {MaxAltTextLength} caractères.");
        }

        if (kind == MediaKind.Document && string.IsNullOrWhiteSpace(title))
        {
            return UploadResult.Refused(UploadField.Title, "Le titre est obligatoire pour un document : il sert d'intitulé au lien de téléchargement.");
        }

        return title?.Trim().Length > MaxTitleLength
            ? UploadResult.Refused(UploadField.Title, $"Le titre ne doit pas dépasser {MaxTitleLength} caractères.")
            : null;
    }

    /// <summary>Copies the upload to a file, hashing it, and stops one byte past the limit.</summary>
    private static async Task<(long Size, string Sha256)> CopyCountingAsync(ReadOnlyMemory<byte> head, Stream rest, string path, long limit, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await output.WriteAsync(head, cancellationToken);
        hash.AppendData(head.Span);
        long size = head.Length;
        var buffer = new byte[81920];
        int read;
        while (size <= limit && (read = await rest.ReadAsync(buffer, cancellationToken)) > 0)
        {
            size += read;
            if (size > limit)
            {
                break;
            }

            await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            hash.AppendData(buffer, 0, read);
        }

        return (size, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static string Megabytes(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(French, $"{bytes / (1024d * 1024d):0.#} Mo"),
        >= 1024 => string.Create(French, $"{bytes / 1024d:0.#} ko"),
        _ => string.Create(French, $"{bytes:N0} octets"),
    };

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
}
