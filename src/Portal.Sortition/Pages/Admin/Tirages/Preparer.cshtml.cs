using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Identity;
using Portal.Sortition.Drawing;
using Portal.Sortition.Preparation;
using Portal.Sortition.Storage;

namespace Portal.Sortition.Pages.Admin.Tirages;

/// <summary>
/// Back office: prepares a draw from uploaded files, as <c>sortition prepare</c> does, in two steps: the
/// upload shows the preview (each column declared public or private, contact-looking ones private by
/// default, identifiers and identifying columns locked private, the re-identification risk), then the
/// operator confirms the declaration. The files travel between the two steps inside the form, never
/// stored. For min/max quotas the fair distribution is queued for the background worker.
/// </summary>
[Authorize(Policy = SortitionPermissions.RunDraws)]
public sealed class PrepareModel(SortitionService draws, PreparationSignal signal) : PageModel
{
    private const long MaxFileBytes = 20 * 1024 * 1024;

    [BindProperty]
    [Display(Name = "Démarche")]
    public string Demarche { get; set; } = string.Empty;

    [BindProperty]
    public IFormFile? Vivier { get; set; }

    [BindProperty]
    public IFormFile? Quotas { get; set; }

    [BindProperty]
    public IFormFile? Reference { get; set; }

    [BindProperty]
    public string Regle { get; set; } = string.Empty;

    [BindProperty]
    public DrawMethod Methode { get; set; } = DrawMethod.Leximin;

    [BindProperty]
    public int BudgetMinutes { get; set; } = (int)DrawRequest.DefaultBudget.TotalMinutes;

    /// <summary>The columns the operator declared public in the preview.</summary>
    [BindProperty]
    public List<string> Publiques { get; set; } = [];

    /// <summary>Set by the preview form: the declaration below is the operator's.</summary>
    [BindProperty]
    public bool Declare { get; set; }

    [BindProperty]
    public string? VivierContenu { get; set; }

    [BindProperty]
    public string? QuotasContenu { get; set; }

    [BindProperty]
    public string? ReferenceContenu { get; set; }

    /// <summary>For a redraw only: the COPIL decision that motivates it.</summary>
    [BindProperty]
    public string? MotifNouveauTirage { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public PoolPreview? Preview { get; private set; }

    public string? Risk { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Demarche))
        {
            errors.Add("Indiquez l'adresse de la démarche (par exemple « assemblee-citoyenne-2026 »).");
        }

        if (Vivier is { Length: > 0 })
        {
            VivierContenu = Convert.ToBase64String(await ReadBytesAsync(Vivier, cancellationToken));
        }

        if (Quotas is { Length: > 0 })
        {
            QuotasContenu = await ReadAsync(Quotas, cancellationToken);
        }

        if (Reference is { Length: > 0 })
        {
            ReferenceContenu = await ReadAsync(Reference, cancellationToken);
        }

        if (string.IsNullOrEmpty(VivierContenu) || string.IsNullOrEmpty(QuotasContenu))
        {
            errors.Add("Déposez le fichier du vivier (CSV) et celui des quotas (JSON).");
        }

        if (new[] { Vivier, Quotas, Reference }.Any(f => f is { Length: > MaxFileBytes }))
        {
            errors.Add("Chaque fichier doit faire 20 Mo au plus.");
        }

        if (Methode is not (DrawMethod.Leximin or DrawMethod.Maximin or DrawMethod.Sequential))
        {
            errors.Add("Choisissez une méthode : LEXIMIN, maximin ou séquentielle.");
        }

        if (BudgetMinutes is < 1 or > 24 * 60)
        {
            errors.Add("Le budget de temps va de 1 minute à 24 heures (1 440 minutes).");
        }

        if (errors.Count > 0)
        {
            Errors = errors;
            return Page();
        }

        var pool = Convert.FromBase64String(VivierContenu!);
        try
        {
            Preview = PoolImport.Preview(pool);
        }
        catch (FormatException e)
        {
            Errors = [e.Message];
            return Page();
        }

        if (!Declare)
        {
            // First step: the preview, with the safe defaults ticked.
            Publiques = [.. Preview.DefaultPublic];
            Risk = Preview.RiskWarning(Publiques);
            return Page();
        }

        var request = new DrawRequest(Demarche.Trim(), pool, QuotasContenu!, Regle, Publiques, ReferenceContenu, Methode, TimeSpan.FromMinutes(BudgetMinutes), User.Identity?.Name ?? "inconnu")
        {
            RedrawReason = string.IsNullOrWhiteSpace(MotifNouveauTirage) ? null : MotifNouveauTirage,
        };
        var outcome = await draws.PrepareAsync(request, cancellationToken);
        if (!outcome.Success)
        {
            Errors = outcome.Messages;
            Risk = Preview.RiskWarning(Publiques);
            return Page();
        }

        signal.Queued();
        return Redirect($"/admin/tirages/{outcome.DrawId}");
    }

    private static async Task<byte[]> ReadBytesAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private static async Task<string> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(file.OpenReadStream());
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
