using Portal.Processes.Content;

namespace Portal.Processes.Public;

/// <summary>Whether a process's « Participer » block is shown: never stored, derived from its dates and today's.</summary>
public enum ParticipationState
{
    /// <summary>The process says nothing about taking part.</summary>
    None,

    /// <summary>Upcoming or running, and its registration deadline (if any) not passed: the block is shown.</summary>
    Open,

    /// <summary>Closed, or registrations over: the block gives way to where the results will appear.</summary>
    Closed,
}

public static class ParticipationWindow
{
    public static ParticipationState Of(Process process, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(process);
        if (process.Participation is not { } participation)
        {
            return ParticipationState.None;
        }

        var running = process.EndDate is null || today <= process.EndDate;
        var registering = participation.RegistrationDeadline is null || today <= participation.RegistrationDeadline;
        return running && registering ? ParticipationState.Open : ParticipationState.Closed;
    }
}
