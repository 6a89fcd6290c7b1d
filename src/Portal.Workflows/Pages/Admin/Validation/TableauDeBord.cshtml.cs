using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Core.Text;
using Portal.Workflows.BackOffice;

namespace Portal.Workflows.Pages.Admin.Validation;

/// <summary>
/// The dashboard of what waits for whom: every open submission and lot the reader may see, who must act next and for how
/// long it has waited, oldest first; and first, what waits for the reader. One query more than <see cref="WaitingBoard"/>
/// (the processes' names): 15 for the page's own data (the layout's menu aside), whatever the number of items.
/// </summary>
[Authorize(Policy = Permissions.AccessBackOffice)]
public sealed class DashboardModel(WaitingBoard board, PortalDbContext db, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public IReadOnlyList<WaitingLine> Lines { get; private set; } = [];

    public IReadOnlyList<WaitingLine> Mine { get; private set; } = [];

    public IReadOnlyDictionary<string, string> ProcessNames { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var me = StaffMembers.From(User);
        // Whoever may edit every draft may see where every draft stands; others see their COPILs' and their own.
        var seesAll = (await authorization.AuthorizeAsync(User, Permissions.EditContent)).Succeeded;
        Lines = await board.ForAsync(me, seesAll, cancellationToken);
        Mine = [.. Lines.Where(l => l.WaitsFor(me.Name))];
        var ids = Lines.Select(l => l.Record.ProcessId).OfType<string>().Distinct().ToList();
        ProcessNames = ids.Count == 0 ? new Dictionary<string, string>() : await db.ContentItemVersions.AsNoTracking()
            .Where(v => ids.Contains(v.ContentItemId) && v.Latest).Select(v => new { v.ContentItemId, v.DisplayText })
            .ToDictionaryAsync(v => v.ContentItemId, v => v.DisplayText, cancellationToken);
    }

    public string ProcessOf(WaitingLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Record.ProcessId is { } id && ProcessNames.TryGetValue(id, out var name) ? name : "Hors démarche";
    }

    /// <summary>Whole days since the line started waiting, in words (« aujourd'hui », « 1 jour », « 12 jours »).</summary>
    public string Waited(WaitingLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var days = DaysWaited(line);
        return days == 0 ? "aujourd'hui" : French.Count(days, "jour", "jours");
    }

    public int DaysWaited(WaitingLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return Math.Max(0, (int)(clock.GetUtcNow().UtcDateTime - line.SinceUtc).TotalDays);
    }

    /// <summary>What the line expects, in words: the transitions from its state, and the approvals gathered where several are needed.</summary>
    public static string Expected(WaitingLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var approvals = line.Approvals.Select(a => $"{French.Count(a.Approvers.Count, "accord", "accords")} sur {a.Transition.Quorum} pour « {a.Transition.Label} »");
        return string.Join(" ; ", [string.Join(" ou ", line.Actions), .. approvals]);
    }
}

/// <summary>One table of the dashboard: the reader's own lines (without the « who » column), or all of them.</summary>
public sealed record WaitingTable(DashboardModel Page, IReadOnlyList<WaitingLine> Lines, bool Mine);
