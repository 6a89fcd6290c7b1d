using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Admin.Forms;
using Portal.Core.Content;
using Portal.Core.Identity;
using Portal.Workflows.Committees;

namespace Portal.Workflows.Pages.Admin.Comites;

/// <summary>
/// The committees of one process: its COPIL (only its seated members review and approve the process's publications)
/// and its follow-up committee. Each seat given or taken is audited; the public page shows the published seats.
/// </summary>
[Authorize(Policy = WorkflowPermissions.ManageCommittees)]
public sealed class CommitteesModel(ProcessCommittees committees, ContentStore store, IAuthorizationService authorization) : PageModel
{
    public string ProcessId { get; private set; } = string.Empty;

    public string ProcessTitle { get; private set; } = string.Empty;

    public IReadOnlyList<Committee> Committees { get; private set; } = [];

    public string? Message { get; private set; }

    public IReadOnlyList<SummaryLine> Errors { get; private set; } = [];

    [BindProperty]
    public SeatInput Seat { get; set; } = new();

    public Committee? Of(CommitteeKind kind) => Committees.FirstOrDefault(c => c.Kind == kind);

    public async Task<IActionResult> OnGetAsync(string id, string? fait, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Message = fait switch
        {
            "siege" => "Le siège est attribué. La modification est inscrite au journal d'audit.",
            "retrait" => "Le siège est retiré : son titulaire n'agit plus pour cette démarche et ses accords ne comptent plus.",
            "nom" => "Le nom du comité est enregistré.",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostSeatAsync(string id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        var errors = Seat.Problems();
        if (errors.Count == 0 && !await committees.SeatAsync(id, Seat.Kind, Seat.ToSeat(), Actor, cancellationToken))
        {
            errors.Add(SummaryLine.Of("Seat_UserName", "Compte", $"le compte « {Seat.UserName?.Trim()} » a déjà un siège à ce comité."));
        }

        if (errors.Count > 0)
        {
            Errors = errors;
            return Page();
        }

        return Redirect($"/admin/demarches/{Uri.EscapeDataString(id)}/comites?fait=siege");
    }

    public async Task<IActionResult> OnPostUnseatAsync(string id, long seat, CancellationToken cancellationToken)
    {
        if (!await authorization.MayAsync(User, id, ProcessOperations.ManageCommittees))
        {
            return Forbid();
        }

        return await committees.UnseatAsync(id, seat, Actor, cancellationToken)
            ? Redirect($"/admin/demarches/{Uri.EscapeDataString(id)}/comites?fait=retrait")
            : NotFound();
    }

    public async Task<IActionResult> OnPostNameAsync(string id, CommitteeKind kind, string? name, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200)
        {
            Errors = [SummaryLine.Of($"nom-{kind}", "Nom public du comité", "indiquez-le, en 200 caractères au plus.")];
            return Page();
        }

        await committees.NameAsync(id, kind, name, Actor, cancellationToken);
        return Redirect($"/admin/demarches/{Uri.EscapeDataString(id)}/comites?fait=nom");
    }

    private string Actor => User.Identity?.Name ?? "?";

    /// <summary>Loads the process's committees; or why not: it does not exist, or its committees are not this person's to compose.</summary>
    private async Task<IActionResult?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var process = await store.GetLatestAsync(id, cancellationToken);
        if (process is null || process.ProcessId != id)
        {
            return NotFound();
        }

        if (!await authorization.MayAsync(User, id, ProcessOperations.ManageCommittees))
        {
            return Forbid();
        }

        (ProcessId, ProcessTitle) = (id, process.DisplayText);
        Committees = await committees.OfAsync(id, cancellationToken);
        return null;
    }
}

/// <summary>The form giving one seat.</summary>
public sealed class SeatInput
{
    public CommitteeKind Kind { get; set; }

    public string? DisplayName { get; set; }

    public string? Quality { get; set; }

    public string? UserName { get; set; }

    public bool Chair { get; set; }

    public bool Public { get; set; }

    public List<SummaryLine> Problems()
    {
        var problems = new List<SummaryLine>();
        if (string.IsNullOrWhiteSpace(DisplayName) || DisplayName.Trim().Length > 200)
        {
            problems.Add(SummaryLine.Of("Seat_DisplayName", "Nom du membre", "indiquez-le, en 200 caractères au plus."));
        }

        if (Quality?.Trim().Length > 300)
        {
            problems.Add(SummaryLine.Of("Seat_Quality", "Qualité", "300 caractères au plus."));
        }

        if (!string.IsNullOrWhiteSpace(UserName) && (!UserName.Contains('@', StringComparison.Ordinal) || UserName.Trim().Length > 256))
        {
            problems.Add(SummaryLine.Of("Seat_UserName", "Compte", "c'est l'adresse électronique avec laquelle le membre se connecte."));
        }

        return problems;
    }

    public CommitteeSeat ToSeat() => new()
    {
        DisplayName = DisplayName!.Trim(),
        Quality = string.IsNullOrWhiteSpace(Quality) ? null : Quality.Trim(),
        UserName = UserName,
        Chair = Chair,
        Public = Public,
    };
}
