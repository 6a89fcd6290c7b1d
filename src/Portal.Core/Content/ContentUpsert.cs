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
        var latest = await store.GetLatestAsync(id, cancellationToken);
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
