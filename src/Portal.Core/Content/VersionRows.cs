namespace Portal.Core.Content;

/// <summary>
/// First versions of new items as rows for <see cref="Data.BulkInsert"/>: what an import stages and what a recipe creates
/// by the thousand, with the same fields as <see cref="ContentStore.CreateAsync"/> gives one item.
/// </summary>
internal static class VersionRows
{
    public static readonly string[] Columns =
    [
        nameof(ContentItemVersion.ContentItemId), nameof(ContentItemVersion.ContentType), nameof(ContentItemVersion.Version), nameof(ContentItemVersion.Status),
        nameof(ContentItemVersion.Latest), nameof(ContentItemVersion.Published), nameof(ContentItemVersion.ProcessId), nameof(ContentItemVersion.ContainerId),
        nameof(ContentItemVersion.DisplayText), nameof(ContentItemVersion.Data), nameof(ContentItemVersion.Author), nameof(ContentItemVersion.CreatedUtc),
        nameof(ContentItemVersion.ModifiedUtc), nameof(ContentItemVersion.ConcurrencyStamp),
    ];

    public static readonly string[] JsonColumns = [nameof(ContentItemVersion.Data)];

    /// <summary>Version 1 of <paramref name="item"/>, never published; a process root is its own process.</summary>
    public static object?[] FirstVersion(ContentTypeRegistry types, NewContentItem item, ContentStatus status, bool latest, string stamp, DateTime now)
    {
        var id = item.ContentItemId ?? throw new ArgumentException("A bulk-written item needs its id.", nameof(item));
        return
        [
            id,
            types.NameOf(item.Content.GetType()),
            1,
            status.ToString(),
            latest,
            false,
            item.ProcessId ?? (item.Content is IProcessRoot ? id : null),
            item.ContainerId,
            ContentStore.DisplayTextOf(item.Content),
            ContentTypeRegistry.Serialize(item.Content),
            item.Author,
            now,
            now,
            stamp,
        ];
    }
}
