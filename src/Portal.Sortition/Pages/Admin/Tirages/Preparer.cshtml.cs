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

    public IReadOnlyList<PreparationError> Errors { get; private set; } = [];

    public PoolPreview? Preview { get; private set; }

    public string? Risk { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var errors = new List<PreparationError>();
        if (string.IsNullOrWhiteSpace(Demarche))
        {
            errors.Add(new("indiquez la partie de l'adresse après /demarches/ (par exemple « assemblee-citoyenne-2026 »).", "Demarche", "Adresse de la démarche"));
        }

        if (string.IsNullOrWhiteSpace(Regle))
        {
            errors.Add(new("dites quel tirage public rendra le tirage vérifiable (par exemple « tirage Euromillions du 1er décembre 2026 »).", "Regle", "Règle de l'aléa public"));
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
            errors.Add(new("déposez le fichier du vivier (CSV) et celui des quotas (JSON).", string.IsNullOrEmpty(VivierContenu) ? "Vivier" : "Quotas", string.IsNullOrEmpty(VivierContenu) ? "Vivier des volontaires" : "Quotas"));
        }

        if (new[] { Vivier, Quotas, Reference }.Any(f => f is { Length: > MaxFileBytes }))
        {
            errors.Add(new("chaque fichier doit faire 20 Mo au plus.", "Vivier", "Vivier des volontaires"));
        }

        if (Methode is not (DrawMethod.Leximin or DrawMethod.Maximin or DrawMethod.Sequential))
        {
            errors.Add(new("choisissez LEXIMIN, maximin ou séquentielle.", "methode-leximin", "Méthode"));
        }

        if (BudgetMinutes is < 1 or > 24 * 60)
        {
            errors.Add(new("de 1 minute à 24 heures (1 440 minutes).", "BudgetMinutes", "Temps de calcul maximal"));
        }

        if (errors.Count > 0)
        {
            Errors = errors;
            return Page();
        }

        byte[] pool;
        try
        {
            // The file travels in the form between the two steps: a damaged field is refused like a damaged file.
            pool = Convert.FromBase64String(VivierContenu!);
            Preview = PoolImport.Preview(pool);
        }
        catch (FormatException e)
        {
            Errors = [new($"fichier illisible : {ReadableProblems.OfFile(e)}", "Vivier", "Vivier des volontaires")];
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
            Errors = [.. outcome.Messages.Select(m => new PreparationError(m))];
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

/// <summary>One problem of the preparation form, in French, and the field it is about (its id and label) when there is one.</summary>
public sealed record PreparationError(string Message, string? Field = null, string? Label = null);
