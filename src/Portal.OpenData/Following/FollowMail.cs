using System.Text;
using Portal.Core.Email;
using Portal.Core.Public;
using Portal.Core.Text;
using Portal.OpenData.Feeds;

namespace Portal.OpenData.Following;

/// <summary>The messages a follower receives, in French: the confirmation request, and the digests with their unsubscription link and headers.</summary>
public sealed class FollowMail(PublicSite site, FollowTokens tokens)
{
    public EmailMessage Confirmation(string email, string followed, FollowFrequency frequency, string token) => new(
        email,
        $"Confirmez le suivi : {followed}",
        $"""
        Bonjour,

        Quelqu'un (vous, sans doute) a demandé à recevoir par e-mail les publications concernant : {followed} ({Label(frequency)}).

        Pour confirmer, ouvrez ce lien (valable {FollowRegistry.PendingLifetime.Days} jours) :
        {site.Url("/suivre/confirmer?jeton=" + Uri.EscapeDataString(token))}

        Sans confirmation, rien ne vous sera envoyé et votre adresse sera effacée.
        """);

    internal EmailMessage Digest(FollowSubscription subscription, string followed, IReadOnlyList<AtomEntry> entries)
    {
        var unsubscribe = site.Url("/suivre/desabonnement?jeton=" + tokens.UnsubscribeToken(subscription.Id));
        var body = new StringBuilder("Bonjour,\n\n")
            .Append(entries.Count == 1 ? "Une nouvelle publication" : $"{entries.Count} nouvelles publications").Append(" concernant : ").Append(followed).Append('\n');
        foreach (var entry in entries)
        {
            body.Append("\n— ").Append(entry.Title).Append(" (").Append(French.Date(entry.UpdatedUtc)).Append(")\n")
                .Append(entry.Link).Append('\n');
        }

        body.Append("\nVous recevez ce message parce que vous suivez cette page (").Append(Label(subscription.Frequency)).Append(").\n")
            .Append("Ne plus recevoir ces messages, en un clic : ").Append(unsubscribe).Append('\n');
        return new EmailMessage(subscription.Email, $"Nouvelles publications : {followed}", body.ToString())
        {
            Headers = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                // RFC 2369 and RFC 8058: mail programs offer their own « unsubscribe » button, which POSTs to this address.
                ["List-Unsubscribe"] = $"<{unsubscribe}>",
                ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
            },
        };
    }

    public static string Label(FollowFrequency frequency) => frequency switch
    {
        FollowFrequency.Daily => "un résumé par jour",
        FollowFrequency.Weekly => "un résumé par semaine",
        _ => "à chaque publication",
    };
}
