using Portal.Processes.Public;

namespace Portal.Workflows.Committees;

/// <summary>A process's committees on its public page: the seats the organiser publishes, and the COPIL's name for the stamps.</summary>
internal sealed class CommitteeGovernanceSource(ProcessCommittees committees) : IProcessGovernanceSource
{
    public async Task<ProcessGovernance?> GetAsync(string processId, CancellationToken cancellationToken)
    {
        var all = await committees.OfAsync(processId, cancellationToken);
        if (all.Count == 0)
        {
            return null;
        }

        return new ProcessGovernance(
            all.FirstOrDefault(c => c.Kind == CommitteeKind.Copil)?.Name,
            [.. all.Select(c => new PublicCommittee(
                c.Name,
                c.Kind == CommitteeKind.Copil
                    ? "Il examine et valide chaque publication de la démarche avant que le public la voie."
                    : "Il suit, au nom des participants, ce que l'organisateur fait de leurs propositions.",
                [.. c.Seats.Where(s => s.Public).Select(s => new PublicCommitteeMember(s.DisplayName, s.Quality, s.Chair))],
                c.Seats.Count(s => !s.Public)))]);
    }
}
