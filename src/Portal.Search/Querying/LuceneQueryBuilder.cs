using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Portal.Search.Analysis;
using Portal.Search.Indexing;
using Portal.Search.Querying.Facets;

namespace Portal.Search.Querying;

/// <summary>Filters, code lookups and analysed terms; the text query itself is <see cref="RankedQueryBuilder"/>'s.</summary>
internal static class LuceneQueryBuilder
{
    /// <summary>
    /// The filters of a request, each on its facet (an index into <see cref="SearchFields.Facets"/>);
    /// applied by <see cref="FacetedCollector"/> on cached ordinals rather than as a query.
    /// </summary>
    public static IReadOnlyList<FacetFilter> Filters(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var filters = new List<FacetFilter>();
        void Add(string field, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                filters.Add(new FacetFilter(Array.IndexOf(SearchFields.Facets, field), value));
            }
        }

        Add(SearchFields.Type, request.Type);
        Add(SearchFields.ProcessSlug, request.Process);
        Add(SearchFields.Organisation, request.Organisation);
        Add(SearchFields.Organiser, request.Organiser);
        Add(SearchFields.Theme, request.Theme);
        Add(SearchFields.Decision, request.Decision);
        Add(SearchFields.FollowUpStatus, request.FollowUpStatus);
        Add(SearchFields.Year, request.Year?.ToString(CultureInfo.InvariantCulture));
        return filters;
    }

    public static Query Code(string code) => new TermQuery(new Term(SearchFields.Code, LuceneDocuments.NormaliseCode(code)));

    /// <summary>The analysed terms of a text, as the index holds them.</summary>
    public static List<string> Terms(Analyzer analyzer, string text) =>
        AnalyzedToken.Analyze(analyzer, SearchFields.Body, text).Select(t => t.Term).ToList();
}
