using Portal.Core.Content;
using Portal.Workflows.Lots;

namespace Portal.Workflows.Publication;

/// <summary>Who wrote what a notification is about: one version, or every version of a lot.</summary>
internal sealed class VersionWritersLookup(VersionWriters writers, LotItems lots)
{
    public Task<IReadOnlySet<string>> OfVersionAsync(string contentItemId, int version, CancellationToken cancellationToken) =>
        writers.OfAsync(contentItemId, version, cancellationToken);

    public Task<IReadOnlySet<string>> OfLotAsync(long lotId, CancellationToken cancellationToken) => lots.WritersAsync(lotId, cancellationToken);
}
