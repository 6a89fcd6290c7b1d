using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Settings;
using Portal.Processes.Content;
using Portal.Processes.Indexes;

namespace Portal.Processes.Pages.Admin.Vocabulaires;

/// <summary>
/// The decisions a réponse motivée can give and the statuses of a follow-up, as an administrator words them. A key
/// that published responses or follow-ups use cannot be removed (their pages would lose their label); a label can change.
/// </summary>
[Authorize(Policy = ProcessesPermissions.ManageVocabularies)]
public sealed class VocabulariesModel(SiteSettingsStore settings, PortalDbContext db) : PageModel
{
    private const int BlankRows = 3;

    [BindProperty]
    public List<TermInput> Decisions { get; set; } = [];

    [BindProperty]
    public List<TermInput> FollowUpStatuses { get; set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool Saved { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var current = (await settings.GetAsync(cancellationToken)).Section<ImpactVocabularies>(ImpactVocabularies.Key);
        Decisions = WithBlankRows(current.Decisions);
        FollowUpStatuses = WithBlankRows(current.FollowUpStatuses);
        Saved = Request.Query.ContainsKey("enregistre");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var decisions = Terms(Decisions);
        var statuses = Terms(FollowUpStatuses);
        var errors = ImpactVocabularies.Problems("Décisions", decisions).Concat(ImpactVocabularies.Problems("États de suivi", statuses)).ToList();
        var decisionKeys = decisions.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var statusKeys = statuses.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var usedDecisions = await db.Set<ResponseIndex>().GroupBy(r => r.Decision).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var usedStatuses = await db.Set<FollowUpIndex>().GroupBy(f => f.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        errors.AddRange(usedDecisions.Where(u => !decisionKeys.Contains(u.Key))
            .Select(u => $"Décisions : la clé « {u.Key} » est utilisée par {u.Count} réponse(s) publiée(s) ; elle ne peut pas être retirée (son libellé peut changer)."));
        errors.AddRange(usedStatuses.Where(u => !statusKeys.Contains(u.Key))
            .Select(u => $"États de suivi : la clé « {u.Key} » est utilisée par {u.Count} suivi(s) publié(s) ; elle ne peut pas être retirée (son libellé peut changer)."));
        if (errors.Count > 0)
        {
            Errors = errors;
            Decisions = WithBlankRows(decisions, Decisions);
            FollowUpStatuses = WithBlankRows(statuses, FollowUpStatuses);
            return Page();
        }

        await settings.SetSectionAsync(ImpactVocabularies.Key, new ImpactVocabularies { Decisions = decisions, FollowUpStatuses = statuses }, cancellationToken);
        return Redirect("/admin/vocabulaires?enregistre=1");
    }

    /// <summary>The rows filled in, trimmed; a row left wholly blank is no term.</summary>
    private static List<VocabularyTerm> Terms(IEnumerable<TermInput> rows) =>
        [.. rows.Where(r => !string.IsNullOrWhiteSpace(r.Key) || !string.IsNullOrWhiteSpace(r.Label))
            .Select(r => new VocabularyTerm(r.Key?.Trim() ?? string.Empty, r.Label?.Trim() ?? string.Empty))];

    private static List<TermInput> WithBlankRows(IEnumerable<VocabularyTerm> terms, IEnumerable<TermInput>? typed = null)
    {
        // After a refusal the rows come back as typed, so that nothing is lost.
        var rows = typed?.Where(r => !string.IsNullOrWhiteSpace(r.Key) || !string.IsNullOrWhiteSpace(r.Label)).ToList()
            ?? [.. terms.Select(t => new TermInput { Key = t.Key, Label = t.Label })];
        rows.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new TermInput()));
        return rows;
    }
}

/// <summary>One row of the form: a key and its label.</summary>
public sealed class TermInput
{
    public string? Key { get; set; }

    public string? Label { get; set; }
}
