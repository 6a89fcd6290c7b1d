namespace Portal.Processes.Public;

/// <summary>Where a process stands, derived from its dates and published responses (never stored, never stale).</summary>
public enum ProcessPhase
{
    Upcoming,
    Ongoing,
    Finished,
    FollowUp,
}

public static class ProcessPhases
{
    public static string Label(this ProcessPhase phase) => phase switch
    {
        ProcessPhase.Upcoming => "À venir",
        ProcessPhase.Ongoing => "En cours",
        ProcessPhase.Finished => "Terminée",
        ProcessPhase.FollowUp => "Suivi des suites",
        _ => throw new ArgumentOutOfRangeException(nameof(phase)),
    };

    /// <summary>The value used in addresses (<c>?statut=en-cours</c>).</summary>
    public static string Key(this ProcessPhase phase) => phase switch
    {
        ProcessPhase.Upcoming => "a-venir",
        ProcessPhase.Ongoing => "en-cours",
        ProcessPhase.Finished => "terminee",
        ProcessPhase.FollowUp => "suivi",
        _ => throw new ArgumentOutOfRangeException(nameof(phase)),
    };

    public static ProcessPhase? Parse(string? key) =>
        Enum.GetValues<ProcessPhase>().Select(p => (ProcessPhase?)p).FirstOrDefault(p => p!.Value.Key() == key);

    public static ProcessPhase Of(DateOnly start, DateOnly? end, bool hasResponses, DateOnly today)
    {
        if (today < start)
        {
            return ProcessPhase.Upcoming;
        }

        if (end is null || today <= end)
        {
            return ProcessPhase.Ongoing;
        }

        return hasResponses ? ProcessPhase.FollowUp : ProcessPhase.Finished;
    }
}
