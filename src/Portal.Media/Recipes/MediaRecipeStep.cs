using Portal.Core.Recipes;
using Portal.Media.Checking;
using Portal.Media.Storage;

namespace Portal.Media.Recipes;

/// <summary>
/// Recipe step <c>media</c>: documents written into the library under the ids the recipe gives them, so that content
/// (a process's documents) can point to them. <c>{ "name": "media", "files": [ { "id", "title", "fileName", "base64" } ] }</c>.
/// Each file goes through the same checks as an upload; a file already stored under its id is left as it is.
/// </summary>
internal sealed class MediaRecipeStep(MediaLibrary library) : IRecipeStepHandler
{
    public const string Author = "recette";

    public string Name => "media";

    public Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var files = context.Bind<MediaStep>()?.Files ?? [];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            var path = $"files[{i}]";
            if (!MediaStorage.IsId(files[i].Id ?? string.Empty))
            {
                context.Error(path + ".id", "l'identifiant d'un média compte 32 chiffres hexadécimaux en minuscules");
            }
            else if (!ids.Add(files[i].Id))
            {
                context.Error(path + ".id", $"média « {files[i].Id} » en double");
            }

            if (string.IsNullOrWhiteSpace(files[i].Title))
            {
                context.Error(path + ".title", "le titre est obligatoire pour un document");
            }

            if (Bytes(files[i]) is not { } bytes)
            {
                context.Error(path + ".base64", "contenu base64 illisible");
            }
            else if (Signatures.Read(bytes.AsSpan(0, Math.Min(bytes.Length, Signatures.HeadLength))).Signature is not (Signature.Pdf or Signature.Zip or Signature.CompoundFile))
            {
                context.Error(path + ".base64", "un document PDF, Word, Excel ou OpenDocument est attendu");
            }
        }

        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Bind<MediaStep>() ?? throw new RecipeValidationException("media");
        foreach (var file in step.Files)
        {
            if (await library.FindAsync(file.Id, cancellationToken) is not null)
            {
                continue;
            }

            var bytes = Bytes(file)!;
            using var content = new MemoryStream(bytes);
            var request = new UploadRequest(content, file.FileName, file.Title, null, Author) { Id = file.Id, MaxBytes = bytes.Length };
            var result = await library.UploadAsync(request, cancellationToken);
            if (!result.Succeeded)
            {
                throw new RecipeValidationException($"Média « {file.Id} » refusé : {result.Error}");
            }
        }
    }

    private static byte[]? Bytes(MediaFile file)
    {
        try
        {
            return file.Base64 is { Length: > 0 } text ? Convert.FromBase64String(text) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private sealed record MediaStep(string Name, IReadOnlyList<MediaFile> Files);

    private sealed record MediaFile(string Id, string Title, string Base64, string? FileName = null);
}
