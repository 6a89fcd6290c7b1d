using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Portal.Search.Analysis;
using Portal.Search.Indexing;
using Portal.Search.Querying.Facets;

namespace Portal.Search.Querying;

/// <summary>
/// Builds Lucene queries from a tolerant <see cref="UserQuery"/>: each word must match (title or body, the
/// title weighing more), each phrase must match as a phrase. Built from analysed terms, never from
/// query syntax, so no input can make a query fail.
/// </summary>
internal static class LuceneQueryBuilder
{
    private const float TitleBoost = 3f;

    /// <summary>The text query, or null when nothing searchable was typed; <paramref name="requireAll"/> false ORs the words.</summary>
    public static Query? Text(UserQuery query, Analyzer analyzer, bool requireAll)
    {
        var root = new BooleanQuery();
        var occur = requireAll ? Occur.MUST : Occur.SHOULD;
        foreach (var word in query.Words)
        {
            var terms = Terms(analyzer, word);
            if (terms.Count > 0)
            {
                root.Add(terms.Count == 1 ? AnyField(f => new TermQuery(new Term(f, terms[0]))) : AnyField(f => Phrase(f, terms)), occur);
            }
        }

        foreach (var phrase in query.Phrases)
        {
            var terms = Terms(analyzer, phrase);
            if (terms.Count > 0)
            {
                root.Add(AnyField(f => Phrase(f, terms)), occur);
            }
        }

        return root.Clauses.Count == 0 ? null : root;
    }

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

    private static BooleanQuery AnyField(Func<string, Query> build)
    {
        var title = build(SearchFields.Title);
        title.Boost = TitleBoost;
        return new BooleanQuery { { title, Occur.SHOULD }, { build(SearchFields.Body), Occur.SHOULD } };
    }

    private static PhraseQuery Phrase(string field, List<string> terms)
    {
        // Stop words are removed, so allow a little slop for the holes they leave.
        var phrase = new PhraseQuery { Slop = 2 };
        foreach (var term in terms)
        {
            phrase.Add(new Term(field, term));
        }

        return phrase;
    }
}
