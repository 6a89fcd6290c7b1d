using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Search;
using Portal.Search.Indexing;

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
        var filter = LuceneQueryBuilder.Filters(request);
        return index.Search(searcher =>
        {
            var results = Run(searcher, MainQuery(searcher, userQuery, requireAll: true), filter, request.Sort, page, pageSize);
            // Nothing with every word: fall back to any word, still ranked by how many match.
            if (results.Total == 0 && userQuery.Words.Count + userQuery.Phrases.Count > 1)
            {
                results = Run(searcher, MainQuery(searcher, userQuery, requireAll: false), filter, request.Sort, page, pageSize);
            }

            var terms = userQuery.Words.Concat(userQuery.Phrases)
                .SelectMany(w => LuceneQueryBuilder.Terms(index.Analyzer, w)).ToHashSet(StringComparer.Ordinal);
            var hits = results.Docs.Select(d => ToHit(searcher.Doc(d), terms)).ToList();
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
        IndexSearcher searcher, Query query, Query? filter, SearchSort sort, int page, int pageSize)
    {
        var wanted = page * pageSize;
        ITopDocsCollector top = sort == SearchSort.Date || query is MatchAllDocsQuery
            ? TopFieldCollector.Create(
                new Sort(new SortField(SearchFields.Date, SortFieldType.INT64, reverse: true), SortField.FIELD_SCORE),
                wanted, fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: false)
            : TopScoreDocCollector.Create(wanted, docsScoredInOrder: false);
        var facets = new FacetCountingCollector(SearchFields.Facets);
        searcher.Search(query, filter is null ? null : new QueryWrapperFilter(filter), MultiCollector.Wrap((ICollector)top, facets));
        var topDocs = top.GetTopDocs((page - 1) * pageSize, pageSize);
        return (top.TotalHits, topDocs.ScoreDocs.Select(d => d.Doc).ToList(), facets.Results());
    }

    private SearchHit ToHit(Document doc, IReadOnlySet<string> terms)
    {
        var title = Get(doc, SearchFields.Title);
        var (html, text) = SnippetBuilder.Build(index.Analyzer, Get(doc, SearchFields.Body), terms);
        return new SearchHit(
            Get(doc, SearchFields.Type),
            title,
            Get(doc, SearchFields.Url),
            html,
            text,
            Get(doc, SearchFields.ProcessTitle),
            Get(doc, SearchFields.ProcessSlug),
            DateOnly.ParseExact(Get(doc, SearchFields.Date), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Optional(doc, SearchFields.CodeDisplay),
            Optional(doc, SearchFields.Decision),
            Optional(doc, SearchFields.FollowUpStatus));
    }

    private static string Get(Document doc, string field) => doc.Get(field, CultureInfo.InvariantCulture) ?? string.Empty;

    private static string? Optional(Document doc, string field) => doc.Get(field, CultureInfo.InvariantCulture);
}
