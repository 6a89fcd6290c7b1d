using Portal.Search.Analysis;
using Portal.Search.Api;
using Portal.Search.Querying;

namespace Portal.Tests.Search;

/// <summary>The in-process parts: analyzer, tolerant query reading, snippets, CSV cells.</summary>
public sealed class SearchUnitTests
{
    private static readonly FrenchSearchAnalyzer Analyzer = new();

    private static string[] Terms(string text) => AnalyzedToken.Analyze(Analyzer, "body", text).Select(t => t.Term).ToArray();

    [Theory]
    [InlineData("écologiques", "ecologique")]
    [InlineData("l'agriculture", "agricultures")]
    [InlineData("Énergétique", "energetiques")]
    [InlineData("d'hôpitaux", "hopitaux")]
    public void Analyzer_makes_french_variants_meet(string a, string b) => Assert.Equal(Terms(a), Terms(b));

    [Fact]
    public void Analyzer_drops_french_stop_words_and_elided_articles() =>
        Assert.Equal(Terms("rénovation logement"), Terms("la rénovation de l'ensemble du logement").Except(Terms("ensemble")).ToArray());

    [Fact]
    public void Unbalanced_quotes_and_operators_become_plain_words_and_phrases()
    {
        var query = UserQuery.Parse("(climat AND \"rénovation énergétique");

        Assert.Equal(["climat", "AND"], query.Words);
        Assert.Equal(["rénovation énergétique"], query.Phrases);
    }

    [Fact]
    public void Very_long_input_is_cut()
    {
        var query = UserQuery.Parse(string.Join(' ', Enumerable.Repeat("mot", 5000)));

        Assert.Equal(UserQuery.MaxParts, query.Words.Count);
    }

    [Theory]
    [InlineData("P-12", "P-12")]
    [InlineData("SD-A1.1", "SD-A1.1")]
    [InlineData("P-12 santé", null)]
    [InlineData("santé", null)]
    public void A_single_code_shaped_word_is_a_code(string input, string? code) => Assert.Equal(code, UserQuery.Parse(input).Code);

    [Fact]
    public void Snippet_marks_stemmed_matches_and_encodes_the_rest()
    {
        var terms = Terms("agriculture").ToHashSet();

        var (html, text) = SnippetBuilder.Build(Analyzer, "Aider <les> agricultures & l'Agriculture.", terms);

        Assert.Equal("Aider &lt;les&gt; <mark>agricultures</mark> &amp; <mark>l&#39;Agriculture</mark>.", html);
        Assert.Equal("Aider <les> agricultures & l'Agriculture.", text);
    }

    [Fact]
    public void Snippet_of_a_long_text_is_a_window_around_the_matches()
    {
        var text = string.Join(' ', Enumerable.Repeat("introduction sans intérêt", 40)) + " le covoiturage rural " + string.Join(' ', Enumerable.Repeat("conclusion", 60));

        var (html, plain) = SnippetBuilder.Build(Analyzer, text, Terms("covoiturage").ToHashSet(), length: 120);

        Assert.StartsWith("…", html, StringComparison.Ordinal);
        Assert.EndsWith("…", html, StringComparison.Ordinal);
        Assert.Contains("<mark>covoiturage</mark>", html, StringComparison.Ordinal);
        Assert.True(plain.Length <= 122);
    }

    [Fact]
    public void Snippet_of_a_1_MB_body_analyses_only_its_first_16_KB()
    {
        var body = "La transition écologique du territoire. " + string.Concat(Enumerable.Repeat("Une phrase sur la transition des mobilités rurales. ", 20_000));
        using var counting = new CountingAnalyzer(new FrenchSearchAnalyzer());

        var (html, _) = SnippetBuilder.Build(counting, body, Terms("transition").ToHashSet());

        Assert.True(body.Length > 1_000_000);
        Assert.InRange(counting.CharactersRead, 1, SnippetBuilder.MaxSourceLength);
        Assert.Contains("<mark>transition</mark>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=SOMME(A1)", "'=SOMME(A1)")]
    [InlineData("+33 1", "'+33 1")]
    [InlineData("-2", "'-2")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("simple", "simple")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("dit \"oui\"", "\"dit \"\"oui\"\"\"")]
    public void Csv_cells_are_quoted_and_formulas_neutralised(string value, string expected)
    {
        var cell = CsvWriter.Cell(value);

        Assert.Equal(expected, cell.StartsWith('"') && !value.Contains(';', StringComparison.Ordinal) && !value.Contains('"', StringComparison.Ordinal) ? cell.Trim('"') : cell);
    }
}
