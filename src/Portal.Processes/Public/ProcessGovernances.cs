using Portal.Core.Settings;

namespace Portal.Processes.Public;

/// <summary>Reads a process's governance for its public pages: its committees, and the body its validation stamps name.</summary>
public static class ProcessGovernances
{
    /// <summary>
    /// The governance of the process, and the site settings as its pages use them: the stamps name the process's own
    /// COPIL when it has one (« Validé par le comité de pilotage de l'assemblée »), the site's reviewing body otherwise.
    /// </summary>
    public static async Task<(SiteSettings Site, ProcessGovernance? Governance)> ReadAsync(
        IEnumerable<IProcessGovernanceSource> sources, SiteSettings site, string processId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(site);
        foreach (var source in sources)
        {
            if (await source.GetAsync(processId, cancellationToken) is { } governance)
            {
                return (governance.ReviewingBody is { } body ? site with { CopilName = body } : site, governance);
            }
        }

        return (site, null);
    }
}
