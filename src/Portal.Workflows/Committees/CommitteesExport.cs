using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Core.Recipes;

namespace Portal.Workflows.Committees;

/// <summary>
/// A process's committees in its public recipe (<c>committees</c> step), as its public page shows them: the published
/// seats with their names, qualities and chair; a seat the organiser does not publish comes out as « Siège non publié »
/// (the page counts it, never names it). Accounts are never written: the importing site ties seats to its own.
/// </summary>
internal sealed class CommitteesExport(ProcessCommittees committees) : IProcessRecipePart
{
    public const string UnpublishedSeat = "Siège non publié";

    public int Order => 20;

    public async Task<JsonObject?> StepAsync(ProcessRecipeScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var all = await committees.OfAsync(scope.ProcessId, cancellationToken);
        if (all.Count == 0)
        {
            return null;
        }

        var step = new Step("committees", [.. all.Select(c => new CommitteeEntry(scope.ProcessId, c.Kind, c.Name, [.. c.Seats.Select(s => s.Public
            ? new SeatEntry(s.DisplayName, s.Quality, s.Chair, true)
            : new SeatEntry(UnpublishedSeat, null, s.Chair, false))]))]);
        return JsonSerializer.SerializeToNode(step, RecipeJson.Options)!.AsObject();
    }

    private sealed record Step(string Name, IReadOnlyList<CommitteeEntry> Committees);

    private sealed record CommitteeEntry(string Process, CommitteeKind Kind, string Name, IReadOnlyList<SeatEntry> Seats);

    private sealed record SeatEntry(string Name, string? Quality, bool Chair, bool Public);
}
