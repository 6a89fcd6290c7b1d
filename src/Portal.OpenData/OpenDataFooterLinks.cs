using Portal.Core.Public;

namespace Portal.OpenData;

/// <summary>The open-data page and the site's feed, in the footer of every public page.</summary>
internal sealed class OpenDataFooterLinks : IFooterLinkSource
{
    public Task<IReadOnlyList<FooterLink>> LinksAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FooterLink>>([new("Données ouvertes", "/donnees", 50), new("Flux Atom des publications", "/flux.atom", 60)]);
}
