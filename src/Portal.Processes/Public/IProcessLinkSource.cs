namespace Portal.Processes.Public;

/// <summary>
/// Lets a module add links under a section of the public process page (e.g. the draw's verification
/// page under « Composition du panel ») without the processes module knowing about it.
/// </summary>
public interface IProcessLinkSource
{
    Task<IReadOnlyList<ProcessLink>> GetLinksAsync(string processSlug, CancellationToken cancellationToken);
}

/// <summary>A link for one section of the process page (<c>panel</c>, <c>avis</c>, <c>impact</c>…).</summary>
public sealed record ProcessLink(string Section, string Href, string Text);
