namespace Portal.Core.Content;

/// <summary>Recipes and imports: bring an item to the given content, publishing it, changing nothing if it already is.</summary>
public static class ContentUpsert
{
    /// <summary>Returns true when something was written.</summary>
    public static async Task<bool> UpsertAsync(this ContentStore store, NewContentItem item, bool publish, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(item);
        var id = item.ContentItemId ?? throw new ArgumentException("An upserted item needs a stable id.", nameof(item));
        return await UpsertAsync(store, item, await store.GetLatestAsync(id, cancellationToken), publish, cancellationToken);
    }

    /// <summary>
    /// Many items in the caller's transaction, each as <see cref="UpsertAsync(ContentStore, NewContentItem, bool, CancellationToken)"/>
    /// would: the new ones are created and published in bulk (<see cref="ContentBatch"/>: the same versions, index rows,
    /// search tasks and audit entries, in a few statements per few hundred items), the existing ones one by one.
    /// A recipe of a 1,000-proposition process took a minute item by item. Returns how many items were written.
    /// </summary>
    public static async Task<int> UpsertAsync(
        this ContentStore store, ContentBatch batch, IReadOnlyList<NewContentItem> items, bool publish, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(items);
        var ids = items.Select(i => i.ContentItemId ?? throw new ArgumentException("An upserted item needs a stable id.", nameof(items))).ToList();
        if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
        {
            throw new ArgumentException("Each item is upserted once.", nameof(items));
        }

        var latest = await store.GetLatestAsync(ids, cancellationToken);
        var written = 0;
        foreach (var item in items.Where(i => latest.ContainsKey(i.ContentItemId!)))
        {
            written += await UpsertAsync(store, item, latest[item.ContentItemId!], publish, cancellationToken) ? 1 : 0;
        }

        var created = items.Where(i => !latest.ContainsKey(i.ContentItemId!)).ToList();
        foreach (var byAuthor in created.GroupBy(i => i.Author, StringComparer.Ordinal))
        {
            var versions = await batch.CreateAsync([.. byAuthor], cancellationToken);
            if (publish)
            {
                var published = await batch.PublishAsync([.. versions], byAuthor.Key, PublicationEntry.Plain, cancellationToken: cancellationToken);
                if (!published.Succeeded)
                {
                    throw new InvalidOperationException($"Content item '{published.Blocking}' could not be published: {published.Outcome}.");
                }
            }
        }

        return written + created.Count;
    }

    private static async Task<bool> UpsertAsync(ContentStore store, NewContentItem item, ContentItemVersion? latest, bool publish, CancellationToken cancellationToken)
    {
        var id = item.ContentItemId!;
        ContentItemVersion target;
        if (latest is null)
        {
            target = Expect(await store.CreateAsync(item, cancellationToken), id);
        }
        else if (SameContent(store, latest, item.Content))
        {
            if (!publish || latest.Published)
            {
                return false;
            }

            target = latest;
        }
        else
        {
            target = Expect(await store.SaveDraftAsync(id, item.Content, item.Author, latest.ConcurrencyStamp, cancellationToken), id);
        }

        if (publish)
        {
            Expect(await store.PublishAsync(id, target.Version, item.Author, cancellationToken: cancellationToken), id);
        }

        return true;
    }

    // Compared through the record, not the stored text: PostgreSQL's jsonb reorders keys.
    private static bool SameContent(ContentStore store, ContentItemVersion latest, object content) =>
        ContentTypeRegistry.Serialize(store.Read(latest)) == ContentTypeRegistry.Serialize(content);

    private static ContentItemVersion Expect(ContentResult result, string id) =>
        result.Succeeded
            ? result.Version!
            : throw new InvalidOperationException($"Content item '{id}' could not be written: {result.Outcome}.");
}
