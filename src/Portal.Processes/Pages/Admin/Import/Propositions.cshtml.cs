using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Processes.Imports;
using Portal.Core;
using Portal.Core.Content;
using Portal.Core.Identity;

namespace Portal.Processes.Pages.Admin.Import;

/// <summary>
/// Import of propositions from a CSV table or a Word report: upload, preview with line-level errors,
/// then an all-or-nothing commit. The upload waits in the data folder between the two steps.
/// </summary>
[Authorize(Policy = Permissions.EditContent)]
[RequestSizeLimit(MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes)]
public sealed class PropositionsModel(PropositionImport import, ContentStore store, PortalPaths paths) : PageModel
{
    public const int MaxBytes = 20 * 1024 * 1024;

    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty]
    public IFormFile? Fichier { get; set; }

    [BindProperty]
    public string? Upload { get; set; }

    [BindProperty]
    public string? FileName { get; set; }

    public string ProcessTitle { get; private set; } = string.Empty;

    public ImportPreview? Preview { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadProcessAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAnalyseAsync(CancellationToken cancellationToken)
    {
        if (!await LoadProcessAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Fichier is null || Fichier.Length == 0)
        {
            Error = "Choisissez un fichier CSV ou Word (.docx).";
            return Page();
        }

        using var buffer = new MemoryStream();
        await Fichier.CopyToAsync(buffer, cancellationToken);
        Upload = Guid.NewGuid().ToString("N");
        FileName = Path.GetFileName(Fichier.FileName);
        Directory.CreateDirectory(UploadFolder);
        await System.IO.File.WriteAllBytesAsync(UploadPath(Upload), buffer.ToArray(), cancellationToken);
        Preview = await import.AnalyseAsync(FileName, buffer.ToArray(), Id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCommitAsync(CancellationToken cancellationToken)
    {
        if (!await LoadProcessAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!Guid.TryParseExact(Upload, "N", out _) || FileName is null || !System.IO.File.Exists(UploadPath(Upload!)))
        {
            Error = "Le fichier analysé n'est plus disponible : déposez-le à nouveau.";
            return Page();
        }

        // Analysed again: the process may have changed since the preview.
        Preview = await import.AnalyseAsync(FileName, await System.IO.File.ReadAllBytesAsync(UploadPath(Upload!), cancellationToken), Id, cancellationToken);
        var outcome = await import.CommitAsync(Preview, Id, User.Identity?.Name ?? "inconnu", cancellationToken);
        if (outcome != ContentOutcome.Ok)
        {
            Error = "Import annulé : rien n'a été enregistré. Corrigez les lignes signalées puis recommencez.";
            return Page();
        }

        System.IO.File.Delete(UploadPath(Upload!));
        return Redirect($"/admin/demarches/{Uri.EscapeDataString(Id)}?enregistre=1");
    }

    private string UploadFolder => Path.Combine(paths.DataPath, "imports");

    private string UploadPath(string upload) => Path.Combine(UploadFolder, upload + ".bin");

    private async Task<bool> LoadProcessAsync(CancellationToken cancellationToken)
    {
        var process = await store.GetLatestAsync(Id, cancellationToken);
        ProcessTitle = process?.DisplayText ?? string.Empty;
        return process is not null && process.ContentItemId == process.ProcessId;
    }
}
