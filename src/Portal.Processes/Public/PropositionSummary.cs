namespace Portal.Processes.Public;

/// <summary>One line of a process's compact list of propositions: what the list shows and filters on.</summary>
public sealed record PropositionSummary(string Code, string Title, string Theme, int Order, string? Decision, string? FollowUpStatus)
{
    /// <summary>The compact line of a proposition already read in full (staff preview, archived versions).</summary>
    public static PropositionSummary Of(PropositionView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var p = view.Proposition;
        return new(p.Code, p.Title, p.Theme, p.Order, view.Reponse?.Decision, view.Suivis.Count == 0 ? null : view.Suivis[^1].Status);
    }
}

/// <summary>The filters of the list, as they travel in the query string (<c>?theme=…&amp;decision=…&amp;suivi=…&amp;p=2</c>).</summary>
public sealed record PropositionFilter(string? Theme = null, string? Decision = null, string? FollowUp = null, int Page = 1)
{
    /// <summary>Filter value for propositions without a published response, or without any follow-up.</summary>
    public const string None = "aucun";

    public bool IsEmpty => Theme is null && Decision is null && FollowUp is null;

    public bool Matches(PropositionSummary item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return (Theme is null || item.Theme == Theme)
            && Same(Decision, item.Decision)
            && Same(FollowUp, item.FollowUpStatus);
    }

    private static bool Same(string? wanted, string? actual) =>
        wanted is null || (wanted == None ? actual is null : wanted == actual);
}
