using Lucene.Net.Index;
using Lucene.Net.Search;
using Portal.Search.Querying.Facets;

namespace Portal.Search.Indexing;

/// <summary>
/// Builds the facet ordinal arrays of new segments when the searchers are refreshed after a commit, so
/// the first search after a publication does not pay for them (segments already known are skipped).
/// </summary>
internal sealed class FacetWarmingSearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        foreach (var leaf in reader.Leaves)
        {
            _ = SegmentFacets.For(leaf.AtomicReader);
        }

        return new IndexSearcher(reader) { Similarity = Querying.PortalSimilarity.Instance };
    }
}
