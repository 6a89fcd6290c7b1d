using Portal.Core.Public;
using Portal.Core.Settings;
using Portal.OpenData.Reading;
using Portal.Processes.Content;

namespace Portal.OpenData.Feeds;

/// <summary>
/// The entries of what is published: each process, proposition, response and follow-up is one entry, dated by its
/// publication, with a permanent id (a tag URI on the site's host and the item's content id).
/// </summary>
internal sealed class FeedEntries(PublicSite site, SiteSettings labels)
{
    /// <summary>Unpublished items are not read, so their entries leave the feeds with them.</summary>
    public IEnumerable<AtomEntry> Of(PublishedProcessContent process, bool withPropositions)
    {
        ArgumentNullException.ThrowIfNull(process);
        var d = process.Root.Content;
        yield return new AtomEntry(TagOf(process.Root.Id), $"Démarche : {d.Title}", process.Root.PublishedUtc, site.Url($"/demarches/{d.Slug}"), d.Summary, "demarche");
        foreach (var proposition in process.Propositions)
        {
            foreach (var entry in Of(process, proposition, withPropositions))
            {
                yield return entry;
            }
        }
    }

    public IEnumerable<AtomEntry> Of(PublishedProcessContent process, PublishedProposition proposition, bool withProposition)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(proposition);
        var link = site.Url($"/demarches/{process.Slug}/propositions/{Uri.EscapeDataString(proposition.Code)}");
        var p = proposition.Item.Content;
        if (withProposition)
        {
            yield return new AtomEntry(TagOf(proposition.Item.Id), $"Proposition {p.Code} : {p.Title}", proposition.Item.PublishedUtc, link, p.Text, "proposition");
        }

        if (proposition.Response is { } response)
        {
            var r = response.Content;
            yield return new AtomEntry(
                TagOf(response.Id), $"Réponse à la proposition {p.Code} : {labels.DecisionLabel(r.Decision)}", response.PublishedUtc, link, r.Motivation, "reponse");
        }

        foreach (var followUp in proposition.FollowUps)
        {
            var f = followUp.Content;
            yield return new AtomEntry(
                TagOf(followUp.Id), $"Suivi de la proposition {p.Code} : {labels.FollowUpStatusLabel(f.Status)} ({Core.Text.French.Date(f.Date)})",
                followUp.PublishedUtc, link, f.Progress, "suivi");
        }
    }

    /// <summary>Other modules' published items (news…): every one, or one process's.</summary>
    public async Task<IEnumerable<AtomEntry>> OfAsync(IEnumerable<IPublicationSource> sources, string? processId, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var entries = new List<AtomEntry>();
        foreach (var source in sources)
        {
            entries.AddRange((await source.ListAsync(processId, max, cancellationToken))
                .Select(n => new AtomEntry(TagOf(n.ContentItemId), n.Title, n.PublishedUtc, site.Url(n.Path), n.Summary, n.Category)));
        }

        return entries;
    }

    public string TagOf(string contentItemId) =>
        $"tag:{new Uri(site.Origin).Host},2026:" + string.Join('/', contentItemId.Split('/').Select(Uri.EscapeDataString));
}
