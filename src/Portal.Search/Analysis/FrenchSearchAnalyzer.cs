using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Portal.Search.Analysis;

/// <summary>The French stemmers compared on the judged evaluation set (docs/benchmarks.md).</summary>
public enum FrenchStemmer
{
    /// <summary>Plural, feminine and common derivational endings (« énergétiques » and « énergétique », « rénovations » and « rénovation »).</summary>
    Light,

    /// <summary>Plural and feminine endings only.</summary>
    Minimal,
}

/// <summary>
/// French analysis for full-text fields: elision (l', d', qu'…), lower case, accent folding, French stop
/// words (folded, so « a » typed for « à » is dropped as « à » is), then stemming, so « écologiques » and
/// « ecologique » meet on one term.
/// </summary>
public sealed class FrenchSearchAnalyzer(FrenchStemmer stemmer = FrenchStemmer.Light) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly CharArraySet Articles = new(Version,
        ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"], ignoreCase: true);

    /// <summary>The French stop words with their accents folded: they are removed after folding.</summary>
    private static readonly CharArraySet FoldedStopWords = FoldedStopSet();

    public FrenchStemmer Stemmer { get; } = stemmer;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new StandardFilter(Version, source);
        stream = new ElisionFilter(stream, Articles);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(Version, stream, FoldedStopWords);
        stream = Stemmer == FrenchStemmer.Minimal ? new FrenchMinimalStemFilter(stream) : new FrenchLightStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /// <summary>Removes accents as the analyzer does (« à » → « a »), for comparing words outside Lucene.</summary>
    public static string Fold(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var input = word.ToLowerInvariant().ToCharArray();
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }

    private static CharArraySet FoldedStopSet()
    {
        var words = new CharArraySet(Version, 200, ignoreCase: false);
        foreach (var word in FrenchAnalyzer.DefaultStopSet)
        {
            words.Add(Fold(word.ToString() ?? string.Empty));
        }

        return words.AsReadOnly();
    }
}
