using Microsoft.EntityFrameworkCore;
using Portal.Core.Audit;
using Portal.Core.Data;

namespace Portal.Core.Content;

/// <summary>
/// Creates, edits and publishes versioned content items. Saving never publishes; publishing
/// supersedes the previous published version and updates index tables in the same transaction.
/// </summary>
public sealed class ContentStore(
    PortalDbContext db,
    ContentTypeRegistry types,
    IEnumerable<IContentIndexHandler> indexHandlers,
    IEnumerable<IContentEditHandler> editHandlers,
    AuditTrail audit,
    TimeProvider clock,
    SqliteWriteGate gate)
{
    public ContentTypeRegistry Types => types;

    public Task<ContentItemVersion?> GetLatestAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        db.ContentItemVersions.AsNoTracking()
            .SingleOrDefaultAsync(v => v.ContentItemId == contentItemId && v.Latest, cancellationToken);

    /// <summary>The latest versions of many items, by id (a few queries whatever their number); items that do not exist are absent.</summary>
    public async Task<Dictionary<string, ContentItemVersion>> GetLatestAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contentItemIds);
        var latest = new Dictionary<string, ContentItemVersion>(StringComparer.Ordinal);
        foreach (var chunk in contentItemIds.Distinct(StringComparer.Ordinal).Chunk(ContentBatch.ChunkSize))
        {
            foreach (var version in await db.ContentItemVersions.AsNoTracking().Where(v => chunk.Contains(v.ContentItemId) && v.Latest).ToListAsync(cancellationToken))
            {
                latest[version.ContentItemId] = version;
            }
        }

        return latest;
    }

    public Task<ContentItemVersion?> GetPublishedAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        db.ContentItemVersions.AsNoTracking()
            .SingleOrDefaultAsync(v => v.ContentItemId == contentItemId && v.Published, cancellationToken);

    public Task<List<ContentItemVersion>> GetVersionsAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        db.ContentItemVersions.AsNoTracking()
            .Where(v => v.ContentItemId == contentItemId)
            .OrderBy(v => v.Version)
            .ToListAsync(cancellationToken);

    public T Read<T>(ContentItemVersion version)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(version);
        return (T)types.Deserialize(version.ContentType, version.Data);
    }

    public object Read(ContentItemVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return types.Deserialize(version.ContentType, version.Data);
    }

    /// <summary>Creates an item with its first version, a draft.</summary>
    public async Task<ContentResult> CreateAsync(NewContentItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        var now = Now();
        var version = new ContentItemVersion
        {
            ContentItemId = item.ContentItemId ?? NewId(),
            ContentType = types.NameOf(item.Content.GetType()),
            Version = 1,
            Status = ContentStatus.Draft,
            Latest = true,
            ProcessId = item.ProcessId,
            ContainerId = item.ContainerId,
            DisplayText = DisplayTextOf(item.Content),
            Data = ContentTypeRegistry.Serialize(item.Content),
            Author = item.Author,
            CreatedUtc = now,
            ModifiedUtc = now,
            ConcurrencyStamp = NewStamp(),
        };
        version.ProcessId ??= IsProcessRoot(item) ? version.ContentItemId : null;
        return await InTransactionAsync(async () =>
        {
            db.ContentItemVersions.Add(version);
            return await AuditedAsync(await SaveAsync(version, cancellationToken), item.Author, AuditActions.Created, null, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>
    /// A draft of an item kept at a stable id (a record of which there is one per process or proposition): created
    /// with its first version when the id has none yet, else saved as <see cref="SaveDraftAsync"/> does, over a latest
    /// version that must still carry <paramref name="expectedStamp"/>.
    /// </summary>
    public async Task<ContentResult> SaveDraftAtAsync(NewContentItem item, string expectedStamp, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        var id = item.ContentItemId ?? throw new ArgumentException("The item needs its stable id.", nameof(item));
        return await GetLatestAsync(id, cancellationToken) is null
            ? await CreateAsync(item, cancellationToken)
            : await SaveDraftAsync(id, item.Content, item.Author, expectedStamp, cancellationToken);
    }

    /// <summary>
    /// Saves new content for an item: updates its draft in place, or starts a new draft version when the
    /// latest one is no longer a draft (published versions are never modified).
    /// </summary>
    public async Task<ContentResult> SaveDraftAsync(
        string contentItemId, object content, string author, string expectedStamp, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        return await InTransactionAsync(async () =>
        {
            var latest = await db.ContentItemVersions
                .SingleOrDefaultAsync(v => v.ContentItemId == contentItemId && v.Latest, cancellationToken);
            if (latest is null)
            {
                return ContentResult.NotFound;
            }

            if (latest.ContentType != types.NameOf(content.GetType()))
            {
                return ContentResult.InvalidState;
            }

            // The caller's stamp becomes the expected original value: a stale one fails the update.
            db.Entry(latest).Property(v => v.ConcurrencyStamp).OriginalValue = expectedStamp;
            var now = Now();
            if (latest.Status == ContentStatus.Draft && !latest.Frozen)
            {
                latest.Data = ContentTypeRegistry.Serialize(content);
                latest.DisplayText = DisplayTextOf(content);
                latest.Author = author;
                latest.ModifiedUtc = now;
                latest.ConcurrencyStamp = NewStamp();
                return await AuditedAsync(await SaveAsync(latest, cancellationToken), author, AuditActions.DraftSaved, null, cancellationToken);
            }

            latest.Latest = false;
            latest.ConcurrencyStamp = NewStamp();
            var saved = await SaveAsync(latest, cancellationToken);
            if (!saved.Succeeded)
            {
                return saved;
            }

            var draft = new ContentItemVersion
            {
                ContentItemId = latest.ContentItemId,
                ContentType = latest.ContentType,
                Version = latest.Version + 1,
                Status = ContentStatus.Draft,
                Latest = true,
                ProcessId = latest.ProcessId,
                ContainerId = latest.ContainerId,
                DisplayText = DisplayTextOf(content),
                Data = ContentTypeRegistry.Serialize(content),
                Author = author,
                CreatedUtc = now,
                ModifiedUtc = now,
                ConcurrencyStamp = NewStamp(),
            };
            db.ContentItemVersions.Add(draft);
            var created = await AuditedAsync(await SaveAsync(draft, cancellationToken), author, AuditActions.NewVersion, null, cancellationToken);
            if (created.Succeeded && latest.Frozen && latest.Status == ContentStatus.Draft)
            {
                // Approval is bound to the exact text submitted: the workflow withdraws what was under review.
                foreach (var handler in editHandlers)
                {
                    await handler.SubmittedVersionEditedAsync(new ContentEditContext(db, latest, draft, author), cancellationToken);
                }
            }

            return created;
        }, cancellationToken);
    }

    /// <summary>
    /// Fixes the text of the latest draft because it goes to review: the next edit starts a new version. Not audited on
    /// its own: the workflow's transition that asks for it is the one entry.
    /// </summary>
    public async Task<ContentResult> FreezeAsync(string contentItemId, int version, string expectedStamp, CancellationToken cancellationToken = default)
    {
        return await InTransactionAsync(async () =>
        {
            var row = await db.ContentItemVersions
                .SingleOrDefaultAsync(v => v.ContentItemId == contentItemId && v.Version == version, cancellationToken);
            if (row is null)
            {
                return ContentResult.NotFound;
            }

            if (!row.Latest || row.Status != ContentStatus.Draft)
            {
                return ContentResult.InvalidState;
            }

            db.Entry(row).Property(v => v.ConcurrencyStamp).OriginalValue = expectedStamp;
            row.Frozen = true;
            row.ModifiedUtc = Now();
            row.ConcurrencyStamp = NewStamp();
            return await SaveAsync(row, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>
    /// Publishes one version: the previously published version becomes superseded and the
    /// module index tables are rewritten, all in one transaction.
    /// </summary>
    public Task<ContentResult> PublishAsync(
        string contentItemId, int version, string actor, string? expectedStamp = null, CancellationToken cancellationToken = default) =>
        PublishAsync(contentItemId, version, actor, expectedStamp, PublicationEntry.Plain, cancellationToken);

    /// <summary>Publishes one version, written down as <paramref name="entry"/> says (a workflow's transition).</summary>
    public async Task<ContentResult> PublishAsync(
        string contentItemId, int version, string actor, string? expectedStamp, PublicationEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return await InTransactionAsync(async () =>
        {
            var rows = await db.ContentItemVersions
                .Where(v => v.ContentItemId == contentItemId && (v.Published || v.Version == version))
                .ToListAsync(cancellationToken);
            var target = rows.SingleOrDefault(v => v.Version == version);
            if (target is null)
            {
                return ContentResult.NotFound;
            }

            if (target.Published || target.Status is ContentStatus.Superseded or ContentStatus.Archived)
            {
                return ContentResult.InvalidState;
            }

            if (expectedStamp is not null)
            {
                db.Entry(target).Property(v => v.ConcurrencyStamp).OriginalValue = expectedStamp;
            }

            var now = Now();
            var previous = rows.SingleOrDefault(v => v.Published);
            if (previous is not null)
            {
                // Cleared first, in its own statement: the unique "one published" index holds at every step.
                previous.Published = false;
                previous.Status = ContentStatus.Superseded;
                previous.ModifiedUtc = now;
                previous.ConcurrencyStamp = NewStamp();
                var cleared = await SaveAsync(previous, cancellationToken);
                if (!cleared.Succeeded)
                {
                    return cleared;
                }
            }

            target.Published = true;
            target.Status = ContentStatus.Published;
            target.ApprovedUtc = entry.ApprovedUtc;
            target.PublishedUtc = now;
            target.PublishedBy = actor;
            target.ModifiedUtc = now;
            target.ConcurrencyStamp = NewStamp();
            var published = await SaveAsync(target, cancellationToken);
            if (!published.Succeeded)
            {
                return published;
            }

            var context = new ContentIndexContext(db, target, Read(target));
            foreach (var handler in indexHandlers.Where(h => h.Handles(target.ContentType)))
            {
                await handler.PublishedAsync(context, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            return await AuditedAsync(ContentResult.Ok(target), actor, entry.AuditAction, entry.Comment, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>Takes an item off every public surface; its published version is archived.</summary>
    public Task<ContentResult> UnpublishAsync(string contentItemId, string actor, CancellationToken cancellationToken = default) =>
        UnpublishAsync(contentItemId, actor, PublicationEntry.PlainUnpublication, cancellationToken);

    /// <summary>Takes an item down, written down as <paramref name="entry"/> says (a workflow's transition).</summary>
    public async Task<ContentResult> UnpublishAsync(string contentItemId, string actor, PublicationEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return await InTransactionAsync(async () =>
        {
            var published = await db.ContentItemVersions
                .SingleOrDefaultAsync(v => v.ContentItemId == contentItemId && v.Published, cancellationToken);
            if (published is null)
            {
                return ContentResult.NotFound;
            }

            published.Published = false;
            published.Status = ContentStatus.Archived;
            published.ModifiedUtc = Now();
            published.PublishedBy = actor;
            published.ConcurrencyStamp = NewStamp();
            var saved = await SaveAsync(published, cancellationToken);
            if (!saved.Succeeded)
            {
                return saved;
            }

            var context = new ContentIndexContext(db, published, Read(published));
            foreach (var handler in indexHandlers.Where(h => h.Handles(published.ContentType)))
            {
                await handler.UnpublishedAsync(context, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            return await AuditedAsync(ContentResult.Ok(published), actor, entry.AuditAction, entry.Comment, cancellationToken);
        }, cancellationToken);
    }

    private async Task<ContentResult> SaveAsync(ContentItemVersion version, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return ContentResult.Ok(version);
        }
        catch (DbUpdateException exception) when (DatabaseBusy.Is(exception))
        {
            db.ChangeTracker.Clear();
            return ContentResult.Busy;
        }
        catch (DbUpdateException)
        {
            // A stale concurrency stamp, or a unique index (version number, latest, published) refusing
            // a concurrent writer: either way somebody else won the race.
            db.ChangeTracker.Clear();
            return ContentResult.Conflict;
        }
    }

    /// <summary>A successful write gets its audit entry in the same transaction; a failed one gets none.</summary>
    private async Task<ContentResult> AuditedAsync(ContentResult result, string actor, string action, string? comment, CancellationToken cancellationToken)
    {
        if (result.Succeeded)
        {
            await audit.AppendAsync(actor, action, result.Version!, comment, cancellationToken);
        }

        return result;
    }

    /// <summary>
    /// Runs inside the caller's transaction when there is one (a recipe), else in a new one. A database still busy
    /// with another writer after its timeout is an outcome (<see cref="ContentResult.Busy"/>), not an error.
    /// </summary>
    private async Task<ContentResult> InTransactionAsync(Func<Task<ContentResult>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work();
        }

        try
        {
            return await InNewTransactionAsync(work, cancellationToken);
        }
        catch (Exception exception) when (DatabaseBusy.Is(exception))
        {
            db.ChangeTracker.Clear();
            return ContentResult.Busy;
        }
    }

    private async Task<ContentResult> InNewTransactionAsync(Func<Task<ContentResult>> work, CancellationToken cancellationToken)
    {
        using var turn = await gate.EnterAsync(db, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await work();
        if (result.Succeeded)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        else
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return result;
    }

    private DateTime Now() => StoredTime.UtcNow(clock);

    private static bool IsProcessRoot(NewContentItem item) => item.Content is IProcessRoot;

    internal static string DisplayTextOf(object content) =>
        content is IDisplayText named ? Truncate(named.DisplayText, 500) : content.GetType().Name;

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    private static string NewId() => Guid.CreateVersion7().ToString("N");

    internal static string NewStamp() => Guid.NewGuid().ToString("N");
}
