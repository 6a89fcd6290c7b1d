using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Processes.Content;
using Portal.Processes.Public;

namespace Portal.OpenData.Reading;

/// <summary>
/// Reads what is published, and only that: the processes the Processes module lists as published, then the published
/// version of each of their items (the <c>Published</c> flag of the store). Drafts, versions in review and unpublished
/// items are never read; authors and publishers are never carried.
/// </summary>
public sealed class PublishedContentReader(PortalDbContext db, ContentTypeRegistry types, ProcessDirectory directory, TimeProvider clock)
{
    /// <summary>Every published process in full.</summary>
    public async Task<PublishedSnapshot> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        var processes = await directory.PublishedAsync(cancellationToken);
        return new PublishedSnapshot(clock.GetUtcNow().UtcDateTime, await ReadAsync(processes.Select(p => p.Id).ToList(), cancellationToken));
    }

    /// <summary>One published process in full, by its address; null when none is published there.</summary>
    public async Task<PublishedSnapshot?> ReadOneAsync(string slug, CancellationToken cancellationToken = default)
    {
        var id = await directory.IdOfSlugAsync(slug, cancellationToken);
        var processes = id is null ? [] : await ReadAsync([id], cancellationToken);
        return processes.Count == 0 ? null : new PublishedSnapshot(clock.GetUtcNow().UtcDateTime, processes);
    }

    private async Task<List<PublishedProcessContent>> ReadAsync(List<string> processIds, CancellationToken cancellationToken)
    {
        var versions = await db.ContentItemVersions.AsNoTracking()
            .Where(v => v.Published && v.ProcessId != null && processIds.Contains(v.ProcessId))
            .Select(v => new { v.ContentItemId, v.ContentType, v.ProcessId, v.ContainerId, v.Data, v.PublishedUtc, v.ApprovedUtc })
            .ToListAsync(cancellationToken);
        var result = new List<PublishedProcessContent>();
        foreach (var group in versions.GroupBy(v => v.ProcessId!, StringComparer.Ordinal))
        {
            var items = group.Where(v => types.TryGetType(v.ContentType, out _))
                .Select(v => new Item(v.ContentItemId, v.ContainerId, types.Deserialize(v.ContentType, v.Data), v.PublishedUtc ?? DateTime.MinValue, v.ApprovedUtc))
                .ToList();
            if (Build(group.Key, items) is { } process)
            {
                result.Add(process);
            }
        }

        return [.. result.OrderBy(p => p.Slug, StringComparer.Ordinal)];
    }

    private static PublishedProcessContent? Build(string processId, List<Item> items)
    {
        if (items.FirstOrDefault(i => i.Id == processId)?.As<Process>() is not { } root)
        {
            return null;
        }

        var propositions = items.Where(i => i.Content is Proposition)
            .Select(i => new PublishedProposition(
                i.As<Proposition>()!,
                items.Where(c => c.ContainerId == i.Id).Select(c => c.As<Response>()).OfType<Published<Response>>().FirstOrDefault(),
                [.. items.Where(c => c.ContainerId == i.Id).Select(c => c.As<FollowUp>()).OfType<Published<FollowUp>>()
                    .OrderBy(f => f.Content.Date).ThenBy(f => f.Id, StringComparer.Ordinal)]))
            .OrderBy(p => p.Item.Content.Order).ThenBy(p => p.Code, StringComparer.Ordinal)
            .ToList();
        return new PublishedProcessContent(
            root,
            One<ProcessCharter>(items),
            One<Mandate>(items),
            One<PanelComposition>(items),
            [.. items.Select(i => i.As<Speaker>()).OfType<Published<Speaker>>().OrderBy(s => s.Content.Order).ThenBy(s => s.Content.Name, StringComparer.Ordinal)],
            One<CitizensOpinion>(items),
            propositions,
            One<Evaluation>(items));
    }

    private static Published<T>? One<T>(List<Item> items)
        where T : class =>
        items.Select(i => i.As<T>()).OfType<Published<T>>().FirstOrDefault();

    private sealed record Item(string Id, string? ContainerId, object Content, DateTime PublishedUtc, DateTime? ApprovedUtc)
    {
        public Published<T>? As<T>()
            where T : class =>
            Content is T typed ? new Published<T>(Id, typed, PublishedUtc, ApprovedUtc) : null;
    }
}
