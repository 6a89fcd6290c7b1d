using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Audit;
using Portal.Core.Data;
using Portal.OpenData.Following;

namespace Portal.OpenData.Pages.Admin.Abonnements;

/// <summary>
/// The follows by e-mail as the administrator sees them: counts only. The list of addresses comes out only as an export
/// for a legal request, with its reason written in the audit trail before the file is given.
/// </summary>
[Authorize(Policy = FollowPermissions.Manage)]
public sealed class IndexModel(FollowRegistry registry, PortalDbContext db, AuditTrail audit) : PageModel
{
    public const string AuditAction = "abonnes-exportes";

    public const int MinimumReasonLength = 15;

    public FollowCounts Counts { get; private set; } = null!;

    [BindProperty]
    public string? Motif { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Counts = await registry.CountAsync(cancellationToken);

    public async Task<IActionResult> OnPostExportAsync(CancellationToken cancellationToken)
    {
        var reason = Motif?.Trim();
        if (reason is null || reason.Length < MinimumReasonLength)
        {
            ModelState.AddModelError(nameof(Motif), $"Indiquez le motif de l'export (au moins {MinimumReasonLength} caractères), par exemple la réquisition reçue : il est inscrit au journal d'audit.");
            Counts = await registry.CountAsync(cancellationToken);
            return Page();
        }

        var all = await registry.AllAsync(cancellationToken);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await audit.AppendAsync(User.Identity?.Name ?? "?", AuditAction, new AuditSubject("abonnements-par-e-mail", "abonnements", all.Count), reason, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var csv = new StringBuilder("adresse;demarche;proposition;frequence;demande_le;consentement_le;desabonnement_le\r\n");
        foreach (var s in all)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{s.Email};{s.ProcessId};{s.PropositionId};{s.Frequency};{Iso(s.RequestedUtc)};{Iso(s.ConfirmedUtc)};{Iso(s.UnsubscribedUtc)}\r\n");
        }

        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", "abonnements-par-e-mail.csv");
    }

    private static string Iso(DateTime? utc) => utc?.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) ?? string.Empty;
}
