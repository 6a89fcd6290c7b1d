using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Text;
using Portal.Processes.Content;
using Portal.Processes.Indexes;

namespace Portal.Processes.Public;

/// <summary>
/// Reads one process for the public: finds it by slug in the index, then loads the published versions of
/// its sections. Drafts and versions in review are never read. Propositions, responses and follow-ups are
/// read through <see cref="PropositionReader"/> (a page of them, or one), except for the staff preview and
/// archived versions, which read the whole process.
/// </summary>
public sealed class ProcessReader(PortalDbContext db, ContentTypeRegistry types, PublicClock clock, DocumentLinks documents)
{
    /// <summary>The published process and its sections; its <see cref="ProcessView.Propositions"/> stay empty.</summary>
    public async Task<ProcessView?> GetBySlugAsync(string slug, CancellationToken cancellationToken = default)
    {
        var processId = await db.Set<ProcessIndex>().AsNoTracking()
            .Where(p => p.Slug == slug).Select(p => p.ContentItemId).SingleOrDefaultAsync(cancellationToken);
        if (processId is null)
        {
            return null;
        }

        string[] listed = [types.NameOf<Proposition>(), types.NameOf<Response>(), types.NameOf<FollowUp>(), types.NameOf<CommitteeAssessment>()];
        var versions = await db.ContentItemVersions.AsNoTracking()
            .Where(v => v.ProcessId == processId && v.Published && !listed.Contains(v.ContentType))
            .ToListAsync(cancellationToken);
        var hasResponses = await db.Set<ResponseIndex>().AnyAsync(r => r.ProcessId == processId, cancellationToken);
        return await WithDocumentsAsync(Build(processId, versions, hasResponses), cancellationToken);
    }

    /// <summary>
    /// For signed-in staff only: the process as it would read if every latest version (drafts
    /// included) were published. Never call it from a public page.
    /// </summary>
    public Task<ProcessView?> GetPreviewAsync(string processId, CancellationToken cancellationToken = default) =>
        GetAsync(processId, preview: true, cancellationToken);

    private async Task<ProcessView?> GetAsync(string processId, bool preview, CancellationToken cancellationToken)
    {
        var versions = await db.ContentItemVersions.AsNoTracking()
            .Where(v => v.ProcessId == processId && (preview ? v.Latest : v.Published))
            .ToListAsync(cancellationToken);
        return await WithDocumentsAsync(Build(processId, versions), cancellationToken);
    }

    /// <summary>
    /// Every publication of a process that is still public: published versions, and earlier ones they replaced,
    /// newest first. Items taken off the site (unpublished) are left out with all their versions, and an item
    /// published again after a takedown shows only what was published since.
    /// </summary>
    public async Task<(ProcessView Process, IReadOnlyList<PublicationRecord> Publications)?> GetHistoryAsync(string slug, CancellationToken cancellationToken = default)
    {
        var current = await GetBySlugAsync(slug, cancellationToken);
        if (current is null)
        {
            return null;
        }

        var versions = await PublicVersionsAsync(current.Id, cancellationToken);

        // A response or a follow-up is named after its proposition: « P-9 — … : Réponse motivée ».
        var names = versions.Where(v => v.Published).ToDictionary(v => v.ContentItemId, v => v.DisplayText, StringComparer.Ordinal);
        string NameOf(ContentItemVersion v) =>
            v.ContainerId is { } container && names.TryGetValue(container, out var parent) ? $"{parent} : {v.DisplayText}" : v.DisplayText;
        var publications = versions
            .OrderByDescending(v => v.PublishedUtc).ThenBy(v => v.ContentItemId, StringComparer.Ordinal)
            .Select(v => new PublicationRecord(v.Id, v.ContentItemId, v.ContentType, NameOf(v), v.Version, v.PublishedUtc!.Value, v.ApprovedUtc, v.Published))
            .ToList();
        return (current, publications);
    }

    /// <summary>The process as the public read it just after one of its publications (an entry of its history).</summary>
    public async Task<(ProcessView Process, PublicationRecord Publication)?> GetAsPublishedAsync(string slug, long versionId, CancellationToken cancellationToken = default)
    {
        var history = await GetHistoryAsync(slug, cancellationToken);
        var publication = history?.Publications.FirstOrDefault(p => p.VersionId == versionId);
        if (history is null || publication is null)
        {
            return null;
        }

        // What was public then: published at or before that instant, and not yet replaced by then — a version stays
        // public until the next version of its item is published (not until it was last edited).
        var at = publication.PublishedUtc;
        var processId = history.Value.Process.Id;
        var all = await PublicVersionsAsync(processId, cancellationToken);
        var versions = all
            .GroupBy(v => v.ContentItemId, StringComparer.Ordinal)
            .SelectMany(item =>
            {
                var ordered = item.OrderBy(v => v.Version).ToList();
                return ordered.Select((v, i) => (Version: v, Until: i + 1 < ordered.Count ? ordered[i + 1].PublishedUtc : null));
            })
            .Where(x => x.Version.PublishedUtc <= at && (x.Until is null || x.Until > at))
            .Select(x => x.Version)
            .ToList();

        // A record dated before the process page was first published (a draw recorded with its historical dates, an
        // imported past publication) is shown within the process as first published, rather than not at all.
        if (!versions.Any(v => v.ContentItemId == processId) && all.Where(v => v.ContentItemId == processId).MinBy(v => v.Version) is { } first)
        {
            versions.Add(first);
        }

        var view = await WithDocumentsAsync(Build(processId, versions), cancellationToken);
        return view is null ? null : (view, publication);
    }

    private async Task<List<ContentItemVersion>> PublicVersionsAsync(string processId, CancellationToken cancellationToken) =>
        PublicVersions.StillPublic(await PublicVersions.OncePublished(db.ContentItemVersions.AsNoTracking().Where(v => v.ProcessId == processId))
            .ToListAsync(cancellationToken));

    private ProcessView? Build(string processId, List<ContentItemVersion> versions, bool? hasResponses = null)
    {
        var root = versions.SingleOrDefault(v => v.ContentItemId == processId);
        if (root is null)
        {
            return null;
        }

        var items = versions.Select(v => (Version: v, Content: types.Deserialize(v.ContentType, v.Data))).ToList();
        var demarche = (Process)items.Single(i => i.Version.ContentItemId == processId).Content;
        var starts = ResponseStarts.Of(Single<CitizensOpinion>(items));
        var propositions = items
            .Where(i => i.Content is Proposition)
            .Select(i => BuildProposition(i.Version.ContentItemId, (Proposition)i.Content, items, starts, respondedOn: null, clock.Today))
            .OrderBy(p => p.Proposition.Order).ThenBy(p => p.Proposition.Code, StringComparer.Ordinal)
            .ToList();
        return new ProcessView(
            processId,
            demarche,
            ProcessPhases.Of(demarche.StartDate, demarche.EndDate, hasResponses ?? propositions.Any(p => p.Reponse is not null), clock.Today),
            root.PublishedUtc ?? root.ModifiedUtc,
            Single<ProcessCharter>(items),
            Single<Mandate>(items),
            Single<PanelComposition>(items),
            items.Select(i => i.Content).OfType<Speaker>().OrderBy(s => s.Order).ThenBy(s => s.Name, StringComparer.Ordinal).ToList(),
            Single<CitizensOpinion>(items),
            propositions,
            Single<Evaluation>(items),
            versions.Where(v => v.ApprovedUtc is not null).ToDictionary(v => v.ContentItemId, v => v.ApprovedUtc!.Value, StringComparer.Ordinal),
            DocumentView.Sorted(items.Select(i => i.Content).OfType<DocumentItem>().Select(DocumentView.Of)),
            Single<CommitteeScores>(items));
    }

    /// <summary>Gives the view's library files their addresses, formats and sizes.</summary>
    private async Task<ProcessView?> WithDocumentsAsync(ProcessView? view, CancellationToken cancellationToken) =>
        view is null ? null : view with { Documents = await documents.ResolveAsync((view.Documents ?? []).Select(d => d.Document), cancellationToken) };

    /// <summary>
    /// One proposition from the versions read. The response's day is <paramref name="respondedOn"/> when the index gave it
    /// (the day of first publication), else the response's own date or the day this version was published. <paramref name="revised"/>
    /// gives, by item id, when the items changed after a first publication were last published (the permalink only).
    /// </summary>
    internal static PropositionView BuildProposition(
        string id, Proposition proposition, List<(ContentItemVersion Version, object Content)> items, IReadOnlyList<ReferralIndex> starts, DateOnly? respondedOn, DateOnly today,
        IReadOnlyDictionary<string, DateTime>? revised = null)
    {
        var children = items.Where(i => i.Version.ContainerId == id).ToList();
        var response = children.FirstOrDefault(i => i.Content is Response);
        var answer = response.Content as Response;
        var followUpItems = children.Where(i => i.Content is FollowUp).OrderBy(i => ((FollowUp)i.Content).Date).ToList();
        var followUps = followUpItems.Select(i => (FollowUp)i.Content).ToList();
        DateTime? Revised(ContentItemVersion? v) => v is not null && revised is not null && revised.TryGetValue(v.ContentItemId, out var at) ? at : null;
        var day = answer is null ? null
            : respondedOn ?? answer.RespondedOn ?? (response.Version.PublishedUtc is { } at ? DateOnly.FromDateTime(French.ToParis(at)) : null);
        var assessment = children.FirstOrDefault(i => i.Content is CommitteeAssessment);
        return new PropositionView(
            proposition, answer, response.Version?.PublishedUtc, followUps, response.Version?.ApprovedUtc,
            ResponseClock.Of(ResponseClock.StartOf(starts, proposition.Referral), day, today),
            CommitmentProgress.Of(answer, followUps, today),
            assessment.Content as CommitteeAssessment, assessment.Version?.ApprovedUtc,
            revised is null ? null : new PublicRevisions(Revised(response.Version), [.. followUpItems.Select(i => Revised(i.Version))]));
    }

    private static T? Single<T>(List<(ContentItemVersion Version, object Content)> items)
        where T : class =>
        items.Select(i => i.Content).OfType<T>().FirstOrDefault();
}
