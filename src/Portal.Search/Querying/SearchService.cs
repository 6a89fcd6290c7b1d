using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Portal.Search.Indexing;
using Portal.Search.Querying.Facets;
using Portal.Search.Thesaurus;

namespace Portal.Search.Querying;

/// <summary>Runs a search on this node's index: text query, filters, sort, page, facets and snippets.</summary>
public sealed class SearchService(LuceneIndex index, SearchIndexer indexer, ThesaurusSource? thesauri = null)
{
    public const int MaxPage = 500;

    /// <summary>From this many results with every word, the list stays there.</summary>
    private const int PlentyOfResults = 50;

    /// <summary>Below this many results with most of the words, documents with any of them are ranked too.</summary>
    private const int FewResults = 10;

    /// <summary>
    /// How many of the best first-pass hits get the proximity bonus. A whole window is rescored for every page
    /// inside it, so paging through the first ten pages of 20 never shows a hit twice or skips one.
    /// </summary>
    internal const int RescoreWindow = 200;

    private readonly ThesaurusSource _thesauri = thesauri ?? new ThesaurusSource(index.Analyzer);

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Read-your-writes on this node: apply what was published since the last poll before answering.
        if (await indexer.HasPendingAsync(cancellationToken))
        {
            await indexer.CatchUpAsync(cancellationToken);
        }

        await _thesauri.RefreshAsync(cancellationToken);
        return Search(request);
    }

    /// <summary>Searches the index as it is, without looking at the queue; <paramref name="thesaurus"/> replaces the one in use (a preview).</summary>
    public SearchResults Search(SearchRequest request, SearchThesaurus? thesaurus = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var page = Math.Clamp(request.Page, 1, MaxPage);
        var pageSize = Math.Clamp(request.PageSize, 1, 100);
        var userQuery = UserQuery.Parse(request.Query);
        var filters = LuceneQueryBuilder.Filters(request);
        return index.Search(searcher =>
        {
            var builder = new RankedQueryBuilder(index.Analyzer, thesaurus ?? _thesauri.Current);
            // Every word first: when that finds plenty, the list is both precise and cheap (a conjunction).
            // Otherwise most of the words, ranked by how many they hold; then any word when even that finds few.
            // One query makes the list, the total and the facets, so the counts follow the same matching as the list.
            var (query, matching, terms) = Plan(searcher, builder, userQuery, WordsRequired.All);
            var results = Run(searcher, query, filters, request.Sort, page, pageSize);
            foreach (var required in new[] { WordsRequired.Most, WordsRequired.Any })
            {
                if (results.Total >= (required == WordsRequired.Most ? PlentyOfResults : FewResults) || matching.MinimumWords <= 1)
                {
                    break;
                }

                var relaxed = Plan(searcher, builder, userQuery, required);
                if (relaxed.Matching.MinimumWords < matching.MinimumWords)
                {
                    (query, matching, terms) = relaxed;
                    results = Run(searcher, query, filters, request.Sort, page, pageSize);
                }
            }

            var hits = Displays(searcher, results.Docs).Select(d => ToHit(d, terms)).ToList();
            if (request.WithFullText)
            {
                hits = [.. hits.Zip(results.Docs, (hit, doc) => hit with { FullText = FullTextOf(searcher, doc) })];
            }

            return new SearchResults(results.Total, page, pageSize, hits, results.Facets) { Matching = matching };
        });
    }

    /// <summary>The query a text becomes, how it matches and the terms to highlight.</summary>
    internal (RankedQuery Query, MatchingInfo Matching, IReadOnlySet<string> Terms) Plan(IndexSearcher searcher, UserQuery userQuery) =>
        Plan(searcher, new RankedQueryBuilder(index.Analyzer, _thesauri.Current), userQuery, WordsRequired.All);

    private static (RankedQuery Query, MatchingInfo Matching, IReadOnlySet<string> Terms) Plan(IndexSearcher searcher, RankedQueryBuilder builder, UserQuery userQuery, WordsRequired required)
    {
        // An exact proposition code is a lookup, not a text search, when the index knows it.
        if (userQuery.Code is { } code)
        {
            var byCode = LuceneQueryBuilder.Code(code);
            if (searcher.Search(byCode, 1).TotalHits > 0)
            {
                return (new RankedQuery(byCode, null), MatchingInfo.Nothing with { Mode = MatchingMode.AllWords, Words = 1, MinimumWords = 1 }, new HashSet<string>());
            }
        }

        var (query, matching, terms) = builder.Build(userQuery, searcher.IndexReader, required);
        return (query ?? new RankedQuery(new MatchAllDocsQuery(), null), matching, terms);
    }

    private static (int Total, List<int> Docs, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets) Run(
        IndexSearcher searcher, RankedQuery query, IReadOnlyList<FacetFilter> filters, SearchSort sort, int page, int pageSize)
    {
        var wanted = page * pageSize;
        var byDate = sort == SearchSort.Date || query.Match is MatchAllDocsQuery;
        var rescore = !byDate && query.Proximity is not null;
        var collected = rescore ? RescoreWindow * ((wanted + RescoreWindow - 1) / RescoreWindow) : wanted;
        ITopDocsCollector top = byDate
            ? TopFieldCollector.Create(
                new Sort(new SortField(SearchFields.Date, SortFieldType.INT64, reverse: true), SortField.FIELD_SCORE),
                wanted, fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: false)
            : TopScoreDocCollector.Create(collected, docsScoredInOrder: false);
        // Filters are checked in the same pass as the counting, so each facet can ignore its own filter.
        var faceted = new FacetedCollector(filters, top);
        searcher.Search(query.Match, faceted);
        var best = top.GetTopDocs(0, collected).ScoreDocs;
        if (rescore)
        {
            best = ProximityRescorer.Rescore(searcher, best, query.Proximity!);
        }

        var shown = best.Skip((page - 1) * pageSize).Take(pageSize).Select(d => d.Doc).ToList();
        return (faceted.Total, shown, faceted.Results());
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

    private static readonly ISet<string> FullTextOnly = new HashSet<string>(StringComparer.Ordinal) { SearchFields.FullText };

    /// <summary>The stored body of one hit: a stored-field read, done only for the API and the export.</summary>
    private static string FullTextOf(IndexSearcher searcher, int doc) => searcher.Doc(doc, FullTextOnly).Get(SearchFields.FullText, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;

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
            display.FollowUpStatus,
            display.Themes);
    }
}
