using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Seo;
using Portal.Processes.Indexes;

namespace Portal.Processes.Public;

/// <summary>Published processes and their propositions' permalinks, from the index tables.</summary>
internal sealed class ProcessSitemapSource(PortalDbContext db) : ISitemapSource
{
    public async IAsyncEnumerable<SitemapEntry> GetEntriesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return new SitemapEntry("/demarches", null, "Toutes les démarches");
        var processes = await db.Set<ProcessIndex>().AsNoTracking()
            .Select(p => new { p.ContentItemId, p.Slug, p.Title, p.PublishedUtc }).ToListAsync(cancellationToken);
        var slugs = processes.ToDictionary(p => p.ContentItemId, p => p.Slug, StringComparer.Ordinal);
        foreach (var process in processes.OrderBy(p => p.Slug, StringComparer.Ordinal))
        {
            yield return new SitemapEntry($"/demarches/{process.Slug}", process.PublishedUtc, process.Title);
        }

        var propositions = db.Set<PropositionIndex>().AsNoTracking()
            .OrderBy(p => p.ProcessId).ThenBy(p => p.Order)
            .Select(p => new { p.ProcessId, p.Code, p.PublishedUtc })
            .AsAsyncEnumerable();
        await foreach (var proposition in propositions.WithCancellation(cancellationToken))
        {
            // A proposition of an unpublished process has no public page.
            if (slugs.TryGetValue(proposition.ProcessId, out var slug))
            {
                yield return new SitemapEntry($"/demarches/{slug}/propositions/{Uri.EscapeDataString(proposition.Code)}", proposition.PublishedUtc);
            }
        }
    }
}
