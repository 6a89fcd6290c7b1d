using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Processes.Public;

namespace Portal.Sortition.Publication;

/// <summary>Creates, for each draw of a process, the draft item the COPIL validates before the draw is public.</summary>
public sealed class DrawPublication(PortalDbContext db, ContentStore store, ProcessDirectory processes)
{
    public const string ContentType = "PublicationTirage";

    public static string ItemId(string processId, string drawId) => $"{processId}/tirage/{drawId}";

    /// <summary>The item's id, ending the same for every process: what the public query matches on.</summary>
    public static string ItemSuffix(string drawId) => "/tirage/" + drawId;

    /// <summary>Creates the draft when the process exists and the item does not; returns its id, or null without a process.</summary>
    public async Task<string?> EnsureDraftAsync(string processSlug, string drawId, string author, CancellationToken cancellationToken = default) =>
        await EnsureDraftAsync(processSlug, new ReviewFacts(drawId, null, null, null), author, cancellationToken);

    /// <summary>Creates the draft with what the COPIL must see to review it: commitment hash (once known), randomness rule, earlier draws.</summary>
    public async Task<string?> EnsureDraftAsync(string processSlug, ReviewFacts facts, string author, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var drawId = facts.DrawId;
        var processId = await processes.IdOfSlugAsync(processSlug, cancellationToken);
        if (processId is null)
        {
            return null;
        }

        var id = ItemId(processId, drawId);
        if (await store.GetLatestAsync(id, cancellationToken) is null)
        {
            var item = facts.ToItem();
            var created = await store.CreateAsync(new NewContentItem(item, author) { ContentItemId = id, ProcessId = processId }, cancellationToken);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException("La publication du tirage n'a pas pu être créée.");
            }
        }

        return id;
    }

    /// <summary>
    /// Writes the commitment hash into the publication item once the background computation committed it.
    /// A version already submitted to the COPIL is withdrawn by the store and a new draft started: the
    /// committee must validate the version that shows the hash it makes public.
    /// </summary>
    public async Task RecordCommitmentAsync(ReviewFacts facts, string author, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (await FindItemAsync(facts.DrawId, cancellationToken) is not { } id || await store.GetLatestAsync(id, cancellationToken) is not { } latest)
        {
            return;
        }

        var saved = await store.SaveDraftAsync(id, facts.ToItem(), author, latest.ConcurrencyStamp, cancellationToken);
        if (!saved.Succeeded)
        {
            throw new InvalidOperationException("L'engagement n'a pas pu être inscrit dans la publication du tirage.");
        }
    }

    /// <summary>
    /// When the commitment first became public: the first publication of the draw's item in the content
    /// history, or the commitment itself if the item was published while the computation was still running.
    /// Null while the COPIL has not published it.
    /// </summary>
    public async Task<DateTime?> CommitmentPublishedUtcAsync(string drawId, DateTime committedUtc, CancellationToken cancellationToken = default)
    {
        var suffix = ItemSuffix(drawId);
        var first = await db.ContentItemVersions.AsNoTracking()
            .Where(v => v.ContentType == ContentType && v.ContentItemId.EndsWith(suffix) && v.PublishedUtc != null)
            .MinAsync(v => v.PublishedUtc, cancellationToken);
        return first is { } published ? (published > committedUtc ? published : committedUtc) : null;
    }

    /// <summary>The id of a draw's publication item, whatever its state, for the back office.</summary>
    public Task<string?> FindItemAsync(string drawId, CancellationToken cancellationToken = default)
    {
        var suffix = ItemSuffix(drawId);
        return db.ContentItemVersions.AsNoTracking()
            .Where(v => v.ContentType == ContentType && v.Latest && v.ContentItemId.EndsWith(suffix))
            .Select(v => v.ContentItemId).FirstOrDefaultAsync(cancellationToken);
    }
}

/// <summary>What the COPIL reviews before making a draw public.</summary>
public sealed record ReviewFacts(string DrawId, string? CommitmentHash, string? RandomnessRule, string? EarlierDraws)
{
    internal PublishedDraw ToItem() => new(DrawId, "Tirage au sort du panel", "Engagement publié avant le tirage ; la graine dépend d'un aléa public annoncé à l'avance.",
        CommitmentHash ?? "en cours de calcul (la distribution équitable n'est pas encore engagée)", RandomnessRule, EarlierDraws ?? "Aucun : ce sera le premier tirage de cette démarche.");
}
