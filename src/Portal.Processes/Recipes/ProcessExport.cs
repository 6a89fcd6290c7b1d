using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Recipes;
using Portal.Processes.Content;

namespace Portal.Processes.Recipes;

/// <summary>
/// One published process as the <c>processes</c> recipe step reads it: its published sections, speakers, documents,
/// propositions with their response, follow-ups and committee assessment, the committee's scores per theme, field for field, so that the step loads it
/// into another portal unchanged. Only published versions are read (never a draft, an author or a date of work). The
/// process keeps its id: it is the recipe's stable key, which the other steps (news, committees) point to and which
/// makes a second import update the process instead of adding one.
/// </summary>
public sealed class ProcessExport(PortalDbContext db, ContentStore store) : IProcessRecipePart
{
    public int Order => 0;

    public async Task<JsonObject?> StepAsync(ProcessRecipeScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return await ExportAsync(scope.ProcessId, cancellationToken) is { } document
            ? JsonSerializer.SerializeToNode(new ProcessesStep("processes", [document]), RecipeJson.Options)!.AsObject()
            : null;
    }

    /// <summary>The process's published content, or null when the process itself is not published.</summary>
    public async Task<ProcessDocument?> ExportAsync(string processId, CancellationToken cancellationToken = default)
    {
        var versions = await db.ContentItemVersions.AsNoTracking()
            .Where(v => v.Published && (v.ContentItemId == processId || v.ProcessId == processId))
            .ToListAsync(cancellationToken);
        var items = versions.Where(v => store.Types.TryGetType(v.ContentType, out _))
            .Select(v => new Item(v.ContentItemId, v.ContainerId, store.Read(v))).ToList();
        if (items.FirstOrDefault(i => i.Id == processId)?.Content is not Process process)
        {
            return null;
        }

        T? One<T>() where T : class => items.Select(i => i.Content).OfType<T>().FirstOrDefault();
        List<Item> Within(string id) => [.. items.Where(i => i.ContainerId == id)];

        var propositions = items.Where(i => i.Content is Proposition).OrderBy(i => ((Proposition)i.Content).Order).ThenBy(i => ((Proposition)i.Content).Code, StringComparer.Ordinal)
            .Select(i =>
            {
                var p = (Proposition)i.Content;
                var children = Within(i.Id);
                return new PropositionDocument(p.Code, p.Title, p.Text, p.Theme, p.Vote, children.Select(c => c.Content).OfType<Response>().FirstOrDefault(),
                    NullIfEmpty([.. children.Where(c => c.Content is FollowUp).OrderBy(c => Rank(c.Id)).ThenBy(c => c.Id, StringComparer.Ordinal).Select(c => (FollowUp)c.Content)]),
                    p.Referral, children.Select(c => c.Content).OfType<CommitteeAssessment>().FirstOrDefault(), p.SubmittedOn, p.AuthorKind, p.SourceUrl);
            }).ToList();
        return new ProcessDocument(
            processId,
            process,
            Publish: true,
            One<ProcessCharter>(),
            One<Mandate>(),
            One<PanelComposition>(),
            NullIfEmpty([.. items.Select(i => i.Content).OfType<Speaker>().OrderBy(s => s.Order).ThenBy(s => s.Name, StringComparer.Ordinal)]),
            One<CitizensOpinion>(),
            NullIfEmpty(propositions),
            One<Evaluation>(),
            NullIfEmpty([.. items.Select(i => i.Content).OfType<DocumentItem>().OrderBy(d => d.Order).ThenBy(d => d.Title, StringComparer.Ordinal)]),
            One<CommitteeScores>());
    }

    /// <summary>A follow-up's rank, the last segment of its id (<c>…/suivi/3</c>); ids made elsewhere sort after, by id.</summary>
    private static int Rank(string id) =>
        int.TryParse(id.AsSpan(id.LastIndexOf('/') + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var rank) ? rank : int.MaxValue;

    private static List<T>? NullIfEmpty<T>(List<T> list) => list.Count == 0 ? null : list;

    private sealed record Item(string Id, string? ContainerId, object Content);
}
