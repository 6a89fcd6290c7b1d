using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Jobs;
using Portal.Processes.Imports;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Identity;

namespace Portal.Processes.Pages.Admin.Import;

/// <summary>
/// Import of propositions (CSV table or Word report), or of responses or follow-ups to existing propositions
/// (CSV): upload, preview of every column and every line's errors, then an all-or-nothing commit, or abandon.
/// The upload waits in the data folder between the two steps and is deleted by either.
/// </summary>
[Authorize(Policy = Permissions.EditContent)]
[RequestSizeLimit(MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes)]
[EditsProcess]
public sealed class PropositionsModel(PropositionImport import, ContentStore store, ImportUploads uploads, BackgroundJobs jobs) : PageModel, IProcessPage
{
    public const int MaxBytes = 20 * 1024 * 1024;

    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    string? IProcessPage.PageProcessId => Id;

    [BindProperty]
    public IFormFile? Fichier { get; set; }

    [BindProperty]
    public ImportKind Contenu { get; set; } = ImportKind.Propositions;

    [BindProperty]
    public string? Upload { get; set; }

    [BindProperty]
    public string? FileName { get; set; }

    public string ProcessTitle { get; private set; } = string.Empty;

    public ImportPreview? Preview { get; private set; }

    public string? Error { get; private set; }

    public string? Done { get; private set; }

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
        var bytes = buffer.ToArray();
        FileName = Path.GetFileName(Fichier.FileName);
        Upload = await uploads.SaveAsync(bytes, cancellationToken);
        Preview = await import.AnalyseAsync(FileName, bytes, Id, Contenu, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCommitAsync(CancellationToken cancellationToken)
    {
        if (!await LoadProcessAsync(cancellationToken))
        {
            return NotFound();
        }

        if (FileName is null || await uploads.ReadAsync(Upload, cancellationToken) is not { } bytes)
        {
            Error = "Le fichier analysé n'est plus disponible : déposez-le à nouveau.";
            return Page();
        }

        // Analysed again: the process may have changed since the preview.
        Preview = await import.AnalyseAsync(FileName, bytes, Id, Contenu, cancellationToken);
        if (!Preview.CanCommit)
        {
            Error = "Import annulé : rien n'a été enregistré. Corrigez les lignes signalées (ou rechargez : quelqu'un a peut-être créé les mêmes éléments entre-temps) puis recommencez.";
            return Page();
        }

        // Thousands of lines take seconds: the commit runs as a job whose page shows its progress, then the result.
        var (preview, processId, upload, author) = (Preview, Id, Upload, User.Identity?.Name ?? "inconnu");
        var back = $"/admin/demarches/{Uri.EscapeDataString(processId)}";
        var job = jobs.Start($"Import de « {FileName} » ({preview.LineCount} ligne(s))", author, preview.LineCount, async (services, progress, ct) =>
        {
            var outcome = await services.GetRequiredService<PropositionImport>().CommitAsync(preview, processId, author, progress, ct);
            if (outcome != ContentOutcome.Ok)
            {
                return new JobResult(false, outcome == ContentOutcome.Busy ? DatabaseBusy.Message
                    : "Import annulé : rien n'a été enregistré. Quelqu'un a peut-être créé les mêmes éléments entre-temps : déposez le fichier à nouveau.", $"{back}/import");
            }

            services.GetRequiredService<ImportUploads>().Delete(upload);
            return new JobResult(true, $"{preview.LineCount} ligne(s) importée(s) en brouillon. Elles seront publiques après validation du COPIL (un lot : « Soumettre les brouillons au COPIL en un lot »).", $"{back}?enregistre=1");
        });
        return Redirect($"/admin/taches/{job.Id}");
    }

    public async Task<IActionResult> OnPostAbandonAsync(CancellationToken cancellationToken)
    {
        if (!await LoadProcessAsync(cancellationToken))
        {
            return NotFound();
        }

        uploads.Delete(Upload);
        (Upload, FileName) = (null, null);
        Done = "Import abandonné : le fichier déposé a été supprimé, rien n'a été enregistré.";
        return Page();
    }

    private async Task<bool> LoadProcessAsync(CancellationToken cancellationToken)
    {
        var process = await store.GetLatestAsync(Id, cancellationToken);
        ProcessTitle = process?.DisplayText ?? string.Empty;
        return process is not null && process.ContentItemId == process.ProcessId;
    }
}
