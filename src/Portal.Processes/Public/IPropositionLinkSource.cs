namespace Portal.Processes.Public;

/// <summary>Lets a module add links under a proposition's permalink (e.g. following it by e-mail) without the processes module knowing about it.</summary>
public interface IPropositionLinkSource
{
    Task<IReadOnlyList<ProcessLink>> GetLinksAsync(string processSlug, string code, CancellationToken cancellationToken);
}
