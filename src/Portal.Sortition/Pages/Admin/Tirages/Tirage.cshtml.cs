using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Identity;
using Portal.Core.Content;
using Portal.Sortition.Preparation;
using Portal.Sortition.Publication;
using Portal.Sortition.Storage;

namespace Portal.Sortition.Pages.Admin.Tirages;

/// <summary>Back office: one draw's progress, then the reveal with the public randomness, then its kit.</summary>
[Authorize(Policy = SortitionPermissions.RunDraws)]
public sealed class DrawModel(SortitionService draws, PreparationSignal signal, DrawPublication publication, ContentStore store) : PageModel
{
    /// <summary>The draw's publication item (validated by the COPIL before the public sees the draw), if the process exists.</summary>
    public string? PublicationId { get; private set; }

    public bool IsPublic { get; private set; }

    public SortitionDraw Draw { get; private set; } = null!;

    [BindProperty]
    public string Alea { get; set; } = string.Empty;

    /// <summary>When the public randomness was made public, in Paris time as the operator reads it.</summary>
    [BindProperty]
    public DateTime? DateAlea { get; set; }

    /// <summary>The revealed draw that closed this process's draws for the purpose, if any.</summary>
    public SortitionDraw? Closing { get; private set; }

    public IReadOnlyList<string> Messages { get; private set; } = [];

    public bool Failed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetKitAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || SortitionService.KitOf(Draw) is not { } kit)
        {
            return NotFound();
        }

        return File(kit, "application/zip", $"tirage-{Draw.ProcessSlug}-kit.zip");
    }

    public async Task<IActionResult> OnPostRevealAsync(string id, CancellationToken cancellationToken)
    {
        if (DateAlea is not { } local)
        {
            return await ShowAsync(id, SortitionOutcome.Failed("Indiquez la date et l'heure auxquelles l'aléa public a été rendu public."), cancellationToken);
        }

        var utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Portal.Core.Text.French.Paris);
        var outcome = await draws.RevealAsync(id, Alea, utc, cancellationToken);
        return await ShowAsync(id, outcome, cancellationToken);
    }

    public async Task<IActionResult> OnPostRetryAsync(string id, CancellationToken cancellationToken)
    {
        var outcome = await draws.RetryAsync(id, cancellationToken);
        if (outcome.Success)
        {
            signal.Queued();
        }

        return await ShowAsync(id, outcome, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(string id, SortitionOutcome outcome, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Messages = outcome.Messages;
        Failed = !outcome.Success;
        return Page();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (await draws.FindAsync(id, cancellationToken) is not { } draw)
        {
            return false;
        }

        Draw = draw;
        Closing = await draws.LastRevealedAsync(draw.ProcessSlug, draw.Purpose, cancellationToken);
        PublicationId = await publication.FindItemAsync(draw.Id, cancellationToken);
        IsPublic = PublicationId is not null && await store.GetPublishedAsync(PublicationId, cancellationToken) is not null;
        return true;
    }
}
