namespace Portal.Processes.Public;

/// <summary>
/// Lets the module that keeps a process's committees (the workflow's) show them on the public process page and name
/// the body on its validation stamps, without the processes module knowing how they are kept.
/// </summary>
public interface IProcessGovernanceSource
{
    /// <summary>The process's committees as the public may see them; null when it has none of its own.</summary>
    Task<ProcessGovernance?> GetAsync(string processId, CancellationToken cancellationToken);
}

/// <summary>The body named on the process's validation stamps (its COPIL's name), and its committees.</summary>
public sealed record ProcessGovernance(string? ReviewingBody, IReadOnlyList<PublicCommittee> Committees);

/// <summary>A committee as published: its name, what it does, the members the organiser publishes, and how many it does not name.</summary>
public sealed record PublicCommittee(string Name, string Role, IReadOnlyList<PublicCommitteeMember> Members, int UnnamedCount);

public sealed record PublicCommitteeMember(string Name, string? Quality, bool Chair);
