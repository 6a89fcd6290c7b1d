using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Portal.Search.Indexing;
using Portal.Search.Querying.Facets;

namespace Portal.Search.Querying;

/// <summary>Runs a search on this node's index: text query, filters, sort, page, facets and snippets.</summary>
public sealed class SearchService(LuceneIndex index, SearchIndexer indexer)
{
    public const int MaxPage = 500;

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Read-your-writes on this node: apply what was published since the last poll before answering.
        if (await indexer.HasPendingAsync(cancellationToken))
        {
            await indexer.CatchUpAsync(cancellationToken);
        }

        return Search(request);
    }

    /// <summary>Searches the index as it is, without looking at the queue.</summary>
    public SearchResults Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var page = Math.Clamp(request.Page, 1, MaxPage);
        var pageSize = Math.Clamp(request.PageSize, 1, 100);
        var userQuery = UserQuery.Parse(request.Query);
        var filters = LuceneQueryBuilder.Filters(request);
        return index.Search(searcher =>
        {
            var results = Run(searcher, MainQuery(searcher, userQuery, requireAll: true), filters, request.Sort, page, pageSize);
            // Nothing with every word: fall back to any word, still ranked by how many match.
            if (results.Total == 0 && userQuery.Words.Count + userQuery.Phrases.Count > 1)
            {
                results = Run(searcher, MainQuery(searcher, userQuery, requireAll: false), filters, request.Sort, page, pageSize);
            }

            var terms = userQuery.Words.Concat(userQuery.Phrases)
                .SelectMany(w => LuceneQueryBuilder.Terms(index.Analyzer, w)).ToHashSet(StringComparer.Ordinal);
            var hits = Displays(searcher, results.Docs).Select(d => ToHit(d, terms)).ToList();
            return new SearchResults(results.Total, page, pageSize, hits, results.Facets);
        });
    }

    private Query MainQuery(IndexSearcher searcher, UserQuery userQuery, bool requireAll)
    {
        // An exact proposition code is a lookup, not a text search, when the index knows it.
        if (userQuery.Code is { } code)
        {
            var byCode = LuceneQueryBuilder.Code(code);
            if (searcher.Search(byCode, 1).TotalHits > 0)
            {
                return byCode;
            }
        }

        return LuceneQueryBuilder.Text(userQuery, index.Analyzer, requireAll) ?? new MatchAllDocsQuery();
    }

    private static (int Total, List<int> Docs, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets) Run(
        IndexSearcher searcher, Query query, IReadOnlyList<FacetFilter> filters, SearchSort sort, int page, int pageSize)
    {
        var wanted = page * pageSize;
        ITopDocsCollector top = sort == SearchSort.Date || query is MatchAllDocsQuery
            ? TopFieldCollector.Create(
                new Sort(new SortField(SearchFields.Date, SortFieldType.INT64, reverse: true), SortField.FIELD_SCORE),
                wanted, fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: false)
            : TopScoreDocCollector.Create(wanted, docsScoredInOrder: false);
        // Filters are checked in the same pass as the counting, so each facet can ignore its own filter.
        var faceted = new FacetedCollector(filters, top);
        searcher.Search(query, faceted);
        var topDocs = top.GetTopDocs((page - 1) * pageSize, pageSize);
        return (faceted.Total, topDocs.ScoreDocs.Select(d => d.Doc).ToList(), faceted.Results());
    }

    /// <summary>What the shown hits display, read from the display doc value of each one's segment.</summary>
    private static IEnumerable<DisplayRecord> Displays(IndexSearcher searcher, List<int> docs)
    {
        var leaves = searcher.IndexReader.Leaves;
        var bytes = new BytesRef();
        foreach (var doc in docs)
        {
            var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
            var values = leaf.AtomicReader.GetBinaryDocValues(SearchFields.Display)
                ?? throw new InvalidOperationException("Index sans valeurs d'affichage : le reconstruire.");
            values.Get(doc - leaf.DocBase, bytes);
            yield return DisplayRecord.Read(bytes);
        }
    }

    private SearchHit ToHit(DisplayRecord display, IReadOnlySet<string> terms)
    {
        // Snippets only for the hits shown, from the first few kilobytes of the body kept for display.
        var (html, text) = SnippetBuilder.Build(index.Analyzer, display.Body, terms);
        return new SearchHit(
            display.Type,
            display.Title,
            display.Url,
            html,
            text,
            display.ProcessTitle,
            display.ProcessSlug,
            display.Date,
            display.Code,
            display.Decision,
            display.FollowUpStatus);
    }
}
