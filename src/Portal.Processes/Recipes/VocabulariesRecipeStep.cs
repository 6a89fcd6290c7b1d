using Portal.Core.Recipes;
using Portal.Core.Settings;
using Portal.Processes.Content;

namespace Portal.Processes.Recipes;

/// <summary>
/// Recipe step <c>vocabularies</c>: <c>{ "name": "vocabularies", "decisions": [ { "key", "label" } … ], "followUpStatuses": [ … ] }</c>.
/// A list left out keeps the default one.
/// </summary>
public sealed class VocabulariesRecipeStep(SiteSettingsStore store) : IRecipeStepHandler
{
    public string Name => "vocabularies";

    public Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Bind<VocabulariesStep>() is { } step)
        {
            foreach (var problem in ImpactVocabularies.Problems("décisions", step.Vocabularies.Decisions))
            {
                context.Error("decisions", problem);
            }

            foreach (var problem in ImpactVocabularies.Problems("états de suivi", step.Vocabularies.FollowUpStatuses))
            {
                context.Error("followUpStatuses", problem);
            }
        }

        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Bind<VocabulariesStep>() ?? throw new RecipeValidationException("vocabularies");
        await store.SetSectionAsync(ImpactVocabularies.Key, step.Vocabularies, cancellationToken);
    }

    private sealed record VocabulariesStep(string Name, IReadOnlyList<VocabularyTerm>? Decisions = null, IReadOnlyList<VocabularyTerm>? FollowUpStatuses = null)
    {
        public ImpactVocabularies Vocabularies => new()
        {
            Decisions = Decisions ?? ImpactVocabularies.DefaultDecisions,
            FollowUpStatuses = FollowUpStatuses ?? ImpactVocabularies.DefaultFollowUpStatuses,
        };
    }
}
