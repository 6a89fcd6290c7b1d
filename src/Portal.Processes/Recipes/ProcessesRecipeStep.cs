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
public sealed class ProcessesRecipeStep(ContentStore store, SiteSettingsStore settings, PortalDbContext db) : IRecipeStepHandler
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

    /// <summary>Writes one process document; used by recipes and by imports.</summary>
    public async Task ImportAsync(ProcessDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var id = document.Id;
        await Upsert(new NewContentItem(document.Process, Author) { ContentItemId = id, ProcessId = id });
        await Section(document.Fiche, "fiche");
        await Section(document.Mandat, "mandat");
        await Section(document.Panel, "panel");
        await Section(document.Avis, "avis");
        await Section(document.Evaluation, "evaluation");
        var order = 0;
        foreach (var speaker in document.Intervenants ?? [])
        {
            var content = speaker with { Order = ++order };
            await Upsert(new NewContentItem(content, Author) { ContentItemId = ProcessItemIds.Speaker(id, speaker.Name), ProcessId = id });
        }

        order = 0;
        foreach (var file in document.Documents ?? [])
        {
            await Upsert(new NewContentItem(file with { Order = ++order }, Author) { ContentItemId = ProcessItemIds.Document(id, file), ProcessId = id });
        }

        order = 0;
        foreach (var proposition in document.Propositions ?? [])
        {
            var propositionId = ProcessItemIds.Proposition(id, proposition.Code);
            await Upsert(new NewContentItem(proposition.ToProposition(++order), Author) { ContentItemId = propositionId, ProcessId = id });
            if (proposition.Reponse is { } response)
            {
                await Upsert(new NewContentItem(response, Author) { ContentItemId = ProcessItemIds.Response(propositionId), ProcessId = id, ContainerId = propositionId });
            }

            if (proposition.Appreciation is { } assessment)
            {
                await Upsert(new NewContentItem(assessment, Author) { ContentItemId = ProcessItemIds.Assessment(propositionId), ProcessId = id, ContainerId = propositionId });
            }

            var rank = 0;
            foreach (var followUp in proposition.Suivis ?? [])
            {
                await Upsert(new NewContentItem(followUp, Author) { ContentItemId = ProcessItemIds.FollowUp(propositionId, ++rank), ProcessId = id, ContainerId = propositionId });
            }
        }

        Task Section(object? content, string name) => content is null
            ? Task.CompletedTask
            : Upsert(new NewContentItem(content, Author) { ContentItemId = ProcessItemIds.Section(id, name), ProcessId = id });

        Task Upsert(NewContentItem item) => store.UpsertAsync(item, document.Publish, cancellationToken);
    }
}
