using Microsoft.AspNetCore.Http;
using Portal.Core.Public;

namespace Portal.OpenData.Feeds;

/// <summary>
/// The feeds a page offers in its head: the site's on every page, a process's on its page, a proposition's on its
/// permalink, a search's on the search page (with the same filters).
/// </summary>
internal sealed class FeedLinks : IAlternateLinkSource
{
    public IEnumerable<AlternateLink> LinksFor(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        const string Type = AtomFeed.MediaType;
        yield return new AlternateLink("/flux.atom", Type, "Publications du portail (Atom)");
        var segments = (request.Path.Value ?? "/").Split('/', StringSplitOptions.RemoveEmptyEntries);
        switch (segments)
        {
            case ["demarches", var slug]:
                yield return new AlternateLink($"/demarches/{slug}/flux.atom", Type, "Publications de cette démarche (Atom)");
                break;
            case ["demarches", var slug, "propositions", var code]:
                yield return new AlternateLink($"/demarches/{slug}/propositions/{code}/flux.atom", Type, "Réponse et suivi de cette proposition (Atom)");
                break;
            case ["recherche"]:
                yield return new AlternateLink("/recherche/flux.atom" + request.QueryString.ToUriComponent(), Type, "Résultats de cette recherche (Atom)");
                break;
            default:
                break;
        }
    }
}
