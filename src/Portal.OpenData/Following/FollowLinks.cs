using Portal.Processes.Public;

namespace Portal.OpenData.Following;

/// <summary>« Suivre par e-mail » on the process page and on each proposition's permalink.</summary>
internal sealed class FollowLinks : IProcessLinkSource, IPropositionLinkSource
{
    public const string Section = "suivre";

    public Task<IReadOnlyList<ProcessLink>> GetLinksAsync(string processSlug, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ProcessLink>>([new(Section, $"/demarches/{processSlug}/suivre", "Suivre cette démarche par e-mail")]);

    public Task<IReadOnlyList<ProcessLink>> GetLinksAsync(string processSlug, string code, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ProcessLink>>(
            [new(Section, $"/demarches/{processSlug}/suivre?proposition={Uri.EscapeDataString(code)}", "Suivre cette proposition par e-mail")]);
}
