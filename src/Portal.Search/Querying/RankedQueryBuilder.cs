using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Portal.Search.Analysis;
using Portal.Search.Indexing;
using Portal.Search.Thesaurus;

namespace Portal.Search.Querying;

/// <summary>
/// Turns what a user typed into a ranked query: every word optional but rewarded (coordination, see
/// <see cref="PortalSimilarity"/>), with a minimum number of words that grows with the query's length;
/// title above body above response and follow-ups; thesaurus equivalents and spelling corrections with a
/// lower weight than the words typed; extra weight when the words are close together, in order. Quoted
/// phrases stay exact and required. Built from analysed terms, never from query syntax, so no input can fail.
/// </summary>
internal sealed class RankedQueryBuilder(Analyzer analyzer, SearchThesaurus thesaurus)
{
    private const float SynonymWeight = 0.5f;
    private const float CorrectionWeight = 0.7f;
    private const int MinimumFuzzyLength = 5;

    private static readonly (string Field, float Boost)[] TextFields =
        [(SearchFields.Title, 3f), (SearchFields.Body, 1f), (SearchFields.Response, 0.6f), (SearchFields.FollowUps, 0.5f)];

    private static readonly string[] SubjectFields = [SearchFields.Title, SearchFields.Body];

    private readonly Dictionary<string, string?> _corrections = new(StringComparer.Ordinal);

    /// <summary>The query (null when nothing searchable was typed), how it matches, and the terms to highlight.</summary>
    public (RankedQuery? Query, MatchingInfo Matching, IReadOnlySet<string> Highlight) Build(UserQuery query, IndexReader reader, WordsRequired required = WordsRequired.Most)
    {
        ArgumentNullException.ThrowIfNull(query);
        var highlight = new HashSet<string>(StringComparer.Ordinal);
        var corrections = new Dictionary<string, string>(StringComparer.Ordinal);
        var correctedTerms = new HashSet<string>(StringComparer.Ordinal);
        var terms = new List<string>();
        foreach (var word in QuestionWords.Content(query.Words))
        {
            foreach (var term in Terms(word))
            {
                var corrected = IsKnown(reader, term) || word.Length < MinimumFuzzyLength ? null : CorrectOnce(reader, term);
                if (corrected is not null)
                {
                    corrections[word] = Respell(word, term, corrected);
                    correctedTerms.Add(corrected);
                }

                terms.Add(corrected ?? term);
                highlight.Add(corrected ?? term);
            }
        }

        var groups = new List<Query>();
        var synonyms = new List<string>();
        for (var i = 0; i < terms.Count;)
        {
            if (thesaurus.Match(terms, i) is { } match)
            {
                groups.Add(Concept(terms.GetRange(i, match.Length), match.Concept, synonyms, highlight));
                i += match.Length;
            }
            else
            {
                groups.Add(AnyField(terms[i], correctedTerms.Contains(terms[i]) ? CorrectionWeight : 1f));
                i++;
            }
        }

        var core = new BooleanQuery();
        foreach (var group in groups)
        {
            core.Add(group, Occur.SHOULD);
        }

        var minimum = required switch
        {
            WordsRequired.All => groups.Count,
            WordsRequired.Any => Math.Min(groups.Count, 1),
            _ => MinimumWords(groups.Count),
        };
        core.MinimumNumberShouldMatch = minimum;
        foreach (var phrase in query.Phrases)
        {
            var tokens = AnalyzedToken.Analyze(analyzer, SearchFields.Body, phrase);
            if (tokens.Count > 0)
            {
                core.Add(AnyField(f => Phrase(f, tokens.Select(t => (t.Term, t.Position)), slop: 0)), Occur.MUST);
                highlight.UnionWith(tokens.Select(t => t.Term));
            }
        }

        if (core.Clauses.Count == 0)
        {
            return (null, MatchingInfo.Nothing, highlight);
        }

        var mode = corrections.Count > 0 ? MatchingMode.CorrectedSpelling
            : groups.Count > 1 && minimum < groups.Count ? MatchingMode.MostWords
            : MatchingMode.AllWords;
        var suggestion = corrections.Count == 0 ? null
            : string.Join(" ", query.Words.Select(w => corrections.GetValueOrDefault(w, w)).Concat(query.Phrases.Select(p => $"\"{p}\"")));
        var matching = new MatchingInfo(mode, groups.Count, minimum, corrections, synonyms.Distinct(StringComparer.OrdinalIgnoreCase).ToList(), suggestion);
        return (new RankedQuery(core, Proximity(terms)), matching, highlight);
    }

    /// <summary>Short queries need one word; longer ones more, so a long question still finds documents on its subject.</summary>
    internal static int MinimumWords(int words) => words switch
    {
        <= 3 => Math.Min(words, 1),
        _ => Math.Max(2, (int)Math.Round(words * 0.4, MidpointRounding.AwayFromZero)),
    };

    private List<string> Terms(string text) => AnalyzedToken.Analyze(analyzer, SearchFields.Body, text).Select(t => t.Term).ToList();

    /// <summary>A notion of the thesaurus: the words typed, or any equivalent expression with a lower weight.</summary>
    private DisjunctionMaxQuery Concept(List<string> typed, int concept, List<string> synonyms, HashSet<string> highlight)
    {
        var words = new BooleanQuery();
        foreach (var term in typed)
        {
            words.Add(AnyField(term, 1f), Occur.SHOULD);
        }

        var alternatives = new DisjunctionMaxQuery(0.1f) { words };
        foreach (var (expression, text) in thesaurus.Expressions[concept])
        {
            if (expression.SequenceEqual(typed, StringComparer.Ordinal))
            {
                continue;
            }

            // An equivalent expression of several words is a phrase: searched in title and body only, where a
            // proposal states its subject, because each phrase reads positions for every document holding its words.
            var alternative = expression.Length == 1
                ? AnyField(expression[0], SynonymWeight)
                : AnyField(f => Phrase(f, expression.Select((t, i) => (t, i)), slop: 2), SynonymWeight, SubjectFields);
            alternatives.Add(alternative);
            synonyms.Add(text);
            highlight.UnionWith(expression);
        }

        return alternatives;
    }

    /// <summary>
    /// Extra weight for the words together in order (title and body), and for each pair of neighbours in long
    /// queries; null for a single word. Scored on the top hits only (see <see cref="RankedQuery"/>): positions
    /// are read for a few hundred documents instead of every match.
    /// </summary>
    private static BooleanQuery? Proximity(List<string> terms)
    {
        if (terms.Count < 2)
        {
            return null;
        }

        var bonus = new BooleanQuery(disableCoord: true)
        {
            { AnyField(f => Phrase(f, terms.Select((t, i) => (t, i)), slop: 3), 1f, SubjectFields), Occur.SHOULD },
        };
        if (terms.Count > 2)
        {
            for (var i = 0; i + 1 < terms.Count; i++)
            {
                bonus.Add(AnyField(f => Phrase(f, [(terms[i], 0), (terms[i + 1], 1)], slop: 3), 0.5f, SubjectFields), Occur.SHOULD);
            }
        }

        return bonus;
    }

    private static DisjunctionMaxQuery AnyField(string term, float weight) => AnyField(f => new TermQuery(new Term(f, term)), weight);

    private static DisjunctionMaxQuery AnyField(Func<string, Query> build, float weight = 1f, string[]? only = null)
    {
        var any = new DisjunctionMaxQuery(0.1f) { Boost = weight };
        foreach (var (field, boost) in TextFields)
        {
            if (only is null || only.Contains(field))
            {
                var query = build(field);
                query.Boost = boost;
                any.Add(query);
            }
        }

        return any;
    }

    private static PhraseQuery Phrase(string field, IEnumerable<(string Term, int Position)> terms, int slop)
    {
        var phrase = new PhraseQuery { Slop = slop };
        foreach (var (term, position) in terms)
        {
            phrase.Add(new Term(field, term), position);
        }

        return phrase;
    }

    /// <summary>
    /// A correction looked up once per search: the relaxed passes of one search ask again for the same words, and a
    /// word the index does not know (often the reason a first pass finds little) costs a walk of the term dictionary.
    /// </summary>
    private string? CorrectOnce(IndexReader reader, string term)
    {
        if (!_corrections.TryGetValue(term, out var corrected))
        {
            corrected = Correct(reader, term);
            _corrections[term] = corrected;
        }

        return corrected;
    }

    private static bool IsKnown(IndexReader reader, string term) =>
        reader.DocFreq(new Term(SearchFields.Body, term)) + reader.DocFreq(new Term(SearchFields.Title, term)) > 0;

    /// <summary>The closest term the index knows (fewest edits, then most frequent), or null.</summary>
    private static string? Correct(IndexReader reader, string term)
    {
        var edits = term.Length >= 8 ? 2 : 1;
        var candidates = new HashSet<Term>();
        foreach (var field in new[] { SearchFields.Body, SearchFields.Title })
        {
            // The first letter is taken as typed: far fewer terms to visit, and mistakes there are rare.
            new FuzzyQuery(new Term(field, term), edits, prefixLength: 1, maxExpansions: 50, transpositions: true).Rewrite(reader).ExtractTerms(candidates);
        }

        return candidates
            .Select(t => t.Text)
            .Distinct(StringComparer.Ordinal)
            .Select(t => (Term: t, Distance: EditDistance.Between(term, t), Frequency: reader.DocFreq(new Term(SearchFields.Body, t))))
            .OrderBy(c => c.Distance).ThenByDescending(c => c.Frequency).ThenBy(c => c.Term, StringComparer.Ordinal)
            .Select(c => c.Term)
            .FirstOrDefault();
    }

    /// <summary>The word as it would be spelt with the corrected stem: « fracutre » → « fracture ».</summary>
    private static string Respell(string word, string term, string corrected)
    {
        var folded = FrenchSearchAnalyzer.Fold(word);
        return folded.StartsWith(term, StringComparison.Ordinal) ? corrected + folded[term.Length..] : corrected;
    }
}

/// <summary>
/// What a text becomes: <see cref="Match"/> decides which documents match and their first score (the total
/// and the facets count it); <see cref="Proximity"/>, when there are several words, is added to the score of
/// the best first-pass hits only, as a rescoring pass.
/// </summary>
internal sealed record RankedQuery(Query Match, Query? Proximity);

/// <summary>How many of a query's words (or thesaurus notions) a document must hold.</summary>
internal enum WordsRequired
{
    /// <summary>Every one: tried first, kept when it finds plenty.</summary>
    All,

    /// <summary>A minimum growing with the query's length (<see cref="RankedQueryBuilder.MinimumWords"/>).</summary>
    Most,

    /// <summary>One at least.</summary>
    Any,
}
