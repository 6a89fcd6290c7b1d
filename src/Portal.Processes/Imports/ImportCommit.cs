using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Processes.Recipes;

namespace Portal.Processes.Imports;

/// <summary>
/// Writes a previewed import all or nothing, in time linear in its lines and memory that does not grow with them,
/// without keeping other editors waiting: new items (propositions, their responses, new responses, follow-ups)
/// are staged in short transactions and switched to drafts in one (<see cref="ContentStaging"/>); a new draft of
/// a response that already exists is saved in that same switch transaction through the store, so that editing a
/// submitted response withdraws its submission as any edit does. Nothing is ever published.
/// </summary>
public sealed class ImportCommit(ContentStaging staging, ContentStore store, PortalDbContext db)
{
    public async Task<ContentOutcome> CommitAsync(ImportPreview preview, string processId, string author, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(preview);
        if (!preview.CanCommit)
        {
            return ContentOutcome.InvalidState;
        }

        await staging.DiscardStaleAsync(cancellationToken);
        var batch = ContentStaging.NewBatchKey();
        var outcome = ContentOutcome.InvalidState;
        try
        {
            outcome = await staging.StageAsync(batch, NewItems(preview, processId, author), progress, cancellationToken);
            if (outcome == ContentOutcome.Ok)
            {
                outcome = await staging.SwitchAsync(batch, processId, author, ct => SaveReplacedAsync(preview, author, ct), cancellationToken);
            }
        }
        finally
        {
            if (outcome != ContentOutcome.Ok)
            {
                // Failed, refused or cancelled: what was staged goes, whatever the caller's token says.
                await staging.DiscardAsync(batch, processId, CancellationToken.None);
            }
        }

        if (outcome == ContentOutcome.Ok)
        {
            progress?.Report(preview.LineCount);
        }

        return outcome;
    }

    private static IEnumerable<NewContentItem> NewItems(ImportPreview preview, string processId, string author)
    {
        foreach (var row in preview.Rows)
        {
            var propositionId = ProcessItemIds.Proposition(processId, row.Proposition.Code);
            yield return new NewContentItem(row.Proposition, author) { ContentItemId = propositionId, ProcessId = processId };
            if (row.Response is { } response)
            {
                yield return new NewContentItem(response, author) { ContentItemId = ProcessItemIds.Response(propositionId), ProcessId = processId, ContainerId = propositionId };
            }
        }

        foreach (var answer in preview.Answers.Where(a => !a.Replaces))
        {
            yield return new NewContentItem(answer.Content!, author) { ContentItemId = answer.ItemId, ProcessId = processId, ContainerId = answer.PropositionId };
        }
    }

    /// <summary>New drafts of existing responses, inside the switch transaction (few: one per proposition at most).</summary>
    private async Task<ContentOutcome> SaveReplacedAsync(ImportPreview preview, string author, CancellationToken cancellationToken)
    {
        foreach (var answer in preview.Answers.Where(a => a.Replaces))
        {
            var latest = await store.GetLatestAsync(answer.ItemId, cancellationToken);
            var saved = latest is null
                ? ContentResult.Conflict
                : await store.SaveDraftAsync(answer.ItemId, answer.Content!, author, latest.ConcurrencyStamp, cancellationToken);
            db.ChangeTracker.Clear();
            if (!saved.Succeeded)
            {
                return saved.Outcome;
            }
        }

        return ContentOutcome.Ok;
    }
}
