using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Portal.Search.Indexing;
using Portal.Search.Querying.Facets;
using Portal.Search.Thesaurus;

namespace Portal.Search.Querying;

/// <summary>Runs a search on this node's index: text query, filters, sort, page, facets and snippets.</summary>
public sealed class SearchService(LuceneIndex index, SearchIndexer indexer, SearchThesaurus? thesaurus = null)
{
    public const int MaxPage = 500;

    /// <summary>Below this many results with most of the words, documents with any of them are ranked too.</summary>
    private const int FewResults = 10;

    private readonly RankedQueryBuilder _builder = new(index.Analyzer, thesaurus ?? SearchThesaurus.Default(index.Analyzer));

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
            var (query, matching, terms) = Plan(searcher, userQuery);
            // One query for the list, the total and the facets, so the counts follow the same matching as the list.
            var results = Run(searcher, query, filters, request.Sort, page, pageSize);
            if (results.Total < FewResults && matching.MinimumWords > 1)
            {
                // Few documents have most of the words: rank every document with one of them (the page says so).
                (query, matching, terms) = Plan(searcher, userQuery, anyWord: true);
                results = Run(searcher, query, filters, request.Sort, page, pageSize);
            }

            var hits = Displays(searcher, results.Docs).Select(d => ToHit(d, terms)).ToList();
            return new SearchResults(results.Total, page, pageSize, hits, results.Facets) { Matching = matching };
        });
    }

    /// <summary>The query a text becomes, how it matches and the terms to highlight.</summary>
    internal (Query Query, MatchingInfo Matching, IReadOnlySet<string> Terms) Plan(IndexSearcher searcher, UserQuery userQuery, bool anyWord = false)
    {
        // An exact proposition code is a lookup, not a text search, when the index knows it.
        if (userQuery.Code is { } code)
        {
            var byCode = LuceneQueryBuilder.Code(code);
            if (searcher.Search(byCode, 1).TotalHits > 0)
            {
                return (byCode, MatchingInfo.Nothing with { Mode = MatchingMode.AllWords, Words = 1, MinimumWords = 1 }, new HashSet<string>());
            }
        }

        var (query, matching, terms) = _builder.Build(userQuery, searcher.IndexReader, anyWord);
        return (query ?? new MatchAllDocsQuery(), matching, terms);
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
