namespace Portal.Processes.Public;

/// <summary>
/// Where a person sits on a process's citizens' follow-up committee, asked of the module that keeps the committees
/// (the workflow's) without the processes module knowing how they are kept.
/// </summary>
public interface IFollowUpCommitteeSeats
{
    /// <summary>The ids of the processes on whose follow-up committee this account holds a seat.</summary>
    Task<IReadOnlySet<string>> ProcessesOfAsync(string userName, CancellationToken cancellationToken);
}
