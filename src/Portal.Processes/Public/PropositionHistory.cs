using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Settings;
using Portal.Core.Text;
using Portal.Processes.Content;

namespace Portal.Processes.Public;

/// <summary>One published version of a response or follow-up in its public history, and what the next published version changed.</summary>
public sealed record PublishedVersion(int Version, DateTime PublishedUtc, DateTime? ApprovedUtc, string Text, DateTime? ReplacedUtc, IReadOnlyList<DiffSegment>? ChangesToNext);

/// <summary>A response or follow-up with its published versions, the one in force first.</summary>
public sealed record ItemHistory(string ContentItemId, string Title, IReadOnlyList<PublishedVersion> Versions)
{
    public bool Changed => Versions.Count > 1;
}

/// <summary>The public history of a proposition's response and follow-ups.</summary>
public sealed record PropositionHistoryPage(ProcessHeading Process, string Code, string Title, IReadOnlyList<ItemHistory> Items);

/// <summary>
/// Reads the public history of one proposition's response and follow-ups: only versions that were published (never a
/// draft nor a version in review), nothing of an item taken off the site, each earlier text compared word by word with
/// the text that replaced it.
/// </summary>
public sealed class PropositionHistory(PortalDbContext db, ContentTypeRegistry types, PropositionReader propositions)
{
    public async Task<PropositionHistoryPage?> GetAsync(string slug, string code, SiteSettings site, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(site);
        if (await propositions.LocateAsync(slug, code, cancellationToken) is not { } located)
        {
            return null;
        }

        var (process, id) = located;
        string[] shown = [types.NameOf<Proposition>(), types.NameOf<Response>(), types.NameOf<FollowUp>()];
        var versions = PublicVersions.StillPublic(await PublicVersions.OncePublished(db.ContentItemVersions.AsNoTracking()
            .Where(v => v.ProcessId == process.Id && (v.ContentItemId == id || v.ContainerId == id) && shown.Contains(v.ContentType)))
            .ToListAsync(cancellationToken));
        if (versions.FirstOrDefault(v => v.ContentItemId == id && v.Published) is not { } current
            || types.Deserialize(current.ContentType, current.Data) is not Proposition proposition)
        {
            return null;
        }

        var items = versions.Where(v => v.ContentItemId != id)
            .GroupBy(v => v.ContentItemId, StringComparer.Ordinal)
            .Select(g => Item(g.Key, [.. g.OrderByDescending(v => v.Version)], site))
            .OrderBy(i => i.Order).ThenBy(i => i.Date).ThenBy(i => i.History.ContentItemId, StringComparer.Ordinal)
            .Select(i => i.History)
            .ToList();
        return new PropositionHistoryPage(process, proposition.Code, proposition.Title, items);
    }

    private (int Order, DateOnly Date, ItemHistory History) Item(string itemId, List<ContentItemVersion> newestFirst, SiteSettings site)
    {
        var contents = newestFirst.Select(v => types.Deserialize(v.ContentType, v.Data)).ToList();
        var texts = contents.Select(c => PublishedText.Of(c, site)).ToList();
        var entries = newestFirst.Select((v, i) => new PublishedVersion(
            v.Version, v.PublishedUtc!.Value, v.ApprovedUtc, texts[i],
            i == 0 ? null : newestFirst[i - 1].PublishedUtc, i == 0 ? null : WordDiff.Compare(texts[i], texts[i - 1]))).ToList();
        return contents[0] switch
        {
            FollowUp f => (1, f.Date, new ItemHistory(itemId, $"Suivi du {French.Date(f.Date)}", entries)),
            _ => (0, DateOnly.MinValue, new ItemHistory(itemId, "Réponse de l'organisateur", entries)),
        };
    }
}
