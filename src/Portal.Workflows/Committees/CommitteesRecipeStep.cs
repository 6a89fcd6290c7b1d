using Portal.Core.Recipes;

namespace Portal.Workflows.Committees;

/// <summary>
/// Recipe step <c>committees</c>: <c>{ "name": "committees", "committees": [ { "process", "kind": "copil" | "followUp",
/// "name", "seats": [ { "userName"?, "name", "quality"?, "chair"?, "public"? } ] } ] }</c>. A committee gets exactly
/// the recipe's seats: running it twice changes nothing the second time.
/// </summary>
public sealed class CommitteesRecipeStep(ProcessCommittees committees) : IRecipeStepHandler
{
    public string Name => "committees";

    public Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Bind<CommitteesStep>();
        for (var i = 0; step is not null && i < step.Committees.Count; i++)
        {
            var committee = step.Committees[i];
            if (string.IsNullOrWhiteSpace(committee.Process) || string.IsNullOrWhiteSpace(committee.Name))
            {
                context.Error($"committees[{i}]", "chaque comité a une démarche (« process ») et un nom");
            }

            foreach (var duplicate in committee.Seats.Where(s => s.UserName is not null).GroupBy(s => s.UserName!.ToLowerInvariant()).Where(g => g.Count() > 1))
            {
                context.Error($"committees[{i}].seats", $"le compte « {duplicate.Key} » a deux sièges");
            }

            for (var j = 0; j < committee.Seats.Count; j++)
            {
                if (string.IsNullOrWhiteSpace(committee.Seats[j].Name))
                {
                    context.Error($"committees[{i}].seats[{j}].name", "chaque siège nomme son titulaire");
                }
            }
        }

        foreach (var twice in step?.Committees.GroupBy(c => (c.Process, c.Kind)).Where(g => g.Count() > 1) ?? [])
        {
            context.Error("committees", $"la démarche « {twice.Key.Process} » a deux comités « {ProcessCommittees.KindLabel(twice.Key.Kind)} »");
        }

        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Bind<CommitteesStep>() ?? throw new RecipeValidationException("committees");
        foreach (var committee in step.Committees)
        {
            await committees.ReplaceAsync(
                committee.Process, committee.Kind, committee.Name,
                [.. committee.Seats.Select(s => new CommitteeSeat { UserName = s.UserName, DisplayName = s.Name, Quality = s.Quality, Chair = s.Chair, Public = s.Public })],
                "recette", cancellationToken);
        }
    }

    private sealed record CommitteesStep(string Name, IReadOnlyList<CommitteeStep> Committees);

    private sealed record CommitteeStep(string Process, CommitteeKind Kind, string Name, IReadOnlyList<SeatStep> Seats);

    private sealed record SeatStep(string Name, string? UserName = null, string? Quality = null, bool Chair = false, bool Public = true);
}
