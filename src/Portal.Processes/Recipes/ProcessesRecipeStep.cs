using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Recipes;
using Portal.Core.Settings;
using Portal.Processes.Content;
using Portal.Processes.Indexes;

namespace Portal.Processes.Recipes;

/// <summary>
/// Recipe step <c>processes</c>: whole processes with all their sections. Items get stable ids, so a
/// second run finds them unchanged and writes nothing.
/// </summary>
public sealed class ProcessesRecipeStep(ContentStore store, ContentBatch batch, SiteSettingsStore settings, PortalDbContext db) : IRecipeStepHandler
{
    public const string Author = "recette";

    public string Name => "processes";

    public async Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Bind<ProcessesStep>();
        if (step is null)
        {
            return;
        }

        var site = await settings.GetAsync(cancellationToken);
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var p = 0; p < step.Processes.Count; p++)
        {
            var document = step.Processes[p];
            var path = $"processes[{p}]";
            ProcessDocumentValidator.Check(document, site, (relative, message) => context.Error($"{path}.{relative}", message));
            if (!slugs.TryAdd(document.Process.Slug, document.Id))
            {
                context.Error($"{path}.demarche.slug", $"adresse « {document.Process.Slug} » déjà utilisée dans cette recette");
            }

            var owner = await db.Set<ProcessIndex>().Where(i => i.Slug == document.Process.Slug)
                .Select(i => i.ContentItemId).FirstOrDefaultAsync(cancellationToken);
            if (owner is not null && owner != document.Id)
            {
                context.Error($"{path}.demarche.slug", $"adresse « {document.Process.Slug} » déjà utilisée par une autre démarche publiée");
            }
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Bind<ProcessesStep>() ?? throw new RecipeValidationException("processes");
        foreach (var document in step.Processes)
        {
            await ImportAsync(document, cancellationToken);
        }
    }

    /// <summary>Writes one process document, its items all at once (see <see cref="ContentUpsert"/>); used by recipes and by imports.</summary>
    public async Task ImportAsync(ProcessDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        await store.UpsertAsync(batch, ItemsOf(document), document.Publish, cancellationToken);
    }

    /// <summary>Every item of a process document, with its stable id, in the document's order.</summary>
    private static List<NewContentItem> ItemsOf(ProcessDocument document)
    {
        var id = document.Id;
        var items = new List<NewContentItem> { Item(document.Process) };
        foreach (var (content, name) in new object?[] { document.Fiche, document.Mandat, document.Panel, document.Avis, document.Evaluation }
                     .Zip(["fiche", "mandat", "panel", "avis", "evaluation"]))
        {
            if (content is not null)
            {
                items.Add(Item(content) with { ContentItemId = ProcessItemIds.Section(id, name) });
            }
        }

        if (document.NotesComite is { } scores)
        {
            items.Add(Item(scores) with { ContentItemId = ProcessItemIds.CommitteeScores(id) });
        }

        var order = 0;
        foreach (var speaker in document.Intervenants ?? [])
        {
            items.Add(Item(speaker with { Order = ++order }) with { ContentItemId = ProcessItemIds.Speaker(id, speaker.Name) });
        }

        order = 0;
        foreach (var file in document.Documents ?? [])
        {
            items.Add(Item(file with { Order = ++order }) with { ContentItemId = ProcessItemIds.Document(id, file) });
        }

        order = 0;
        foreach (var proposition in document.Propositions ?? [])
        {
            var propositionId = ProcessItemIds.Proposition(id, proposition.Code);
            items.Add(Item(proposition.ToProposition(++order)) with { ContentItemId = propositionId });
            if (proposition.Reponse is { } response)
            {
                items.Add(Item(response) with { ContentItemId = ProcessItemIds.Response(propositionId), ContainerId = propositionId });
            }

            if (proposition.Appreciation is { } assessment)
            {
                items.Add(Item(assessment) with { ContentItemId = ProcessItemIds.Assessment(propositionId), ContainerId = propositionId });
            }

            var rank = 0;
            foreach (var followUp in proposition.Suivis ?? [])
            {
                items.Add(Item(followUp) with { ContentItemId = ProcessItemIds.FollowUp(propositionId, ++rank), ContainerId = propositionId });
            }
        }

        return items;

        NewContentItem Item(object content) => new(content, Author) { ContentItemId = id, ProcessId = id };
    }
}
