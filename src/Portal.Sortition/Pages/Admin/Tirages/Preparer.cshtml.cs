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
/// Back office: prepares a draw from uploaded files, as <c>sortition prepare</c> does. For min/max quotas
/// the fair distribution is queued for the background worker and the page goes to the draw's progress.
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

    [BindProperty]
    public string Contacts { get; set; } = string.Join(", ", PoolImport.DefaultContactColumns);

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Demarche))
        {
            errors.Add("Indiquez l'adresse de la démarche (par exemple « assemblee-citoyenne-2026 »).");
        }

        if (Vivier is null or { Length: 0 } || Quotas is null or { Length: 0 })
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

        var contacts = Contacts.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var request = new DrawRequest(Demarche.Trim(), await ReadAsync(Vivier!, cancellationToken), await ReadAsync(Quotas!, cancellationToken), Regle, contacts,
            Reference is { Length: > 0 } ? await ReadAsync(Reference, cancellationToken) : null, Methode, TimeSpan.FromMinutes(BudgetMinutes), User.Identity?.Name ?? "inconnu");
        var outcome = await draws.PrepareAsync(request, cancellationToken);
        if (!outcome.Success)
        {
            Errors = outcome.Messages;
            return Page();
        }

        signal.Queued();
        return Redirect($"/admin/tirages/{outcome.DrawId}");
    }

    private static async Task<string> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(file.OpenReadStream());
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
