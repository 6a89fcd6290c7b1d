using Portal.Core.Text;

namespace Portal.Tests.Text;

public sealed class MarkdownRendererTests
{
    private static string Html(string markdown) => MarkdownRenderer.Render(markdown).ToString()!;

    [Fact]
    public void Raw_html_is_escaped_not_interpreted()
    {
        var html = Html("Bonjour <script>alert(1)</script> <img src=x onerror=alert(2)>");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[cliquez](javascript:alert(1))")]
    [InlineData("[cliquez](JavaScript:alert(1))")]
    [InlineData("[cliquez](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("![image](javascript:alert(1))")]
    [InlineData("[cliquez](//evil.example/x)")]
    public void Unsafe_links_lose_their_address_but_keep_their_text(string markdown)
    {
        var html = Html(markdown);

        Assert.DoesNotContain("href", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Safe_links_and_formatting_are_kept()
    {
        var html = Html("**Important** : voir [le rapport](https://exemple.fr/rapport.pdf) et [la méthode](/pages/methode).");

        Assert.Contains("<strong>Important</strong>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://exemple.fr/rapport.pdf\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/pages/methode\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(127)]
    [InlineData(152)]
    [InlineData(5000)]
    public void Deeply_nested_quotes_show_as_escaped_raw_text_instead_of_throwing(int depth)
    {
        var markdown = new string('>', depth) + " <b>citation</b>";

        var html = Html(markdown);

        Assert.StartsWith("<p class=\"texte-brut\">&gt;&gt;&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;citation", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("quotes", "ce texte imbrique trop")]
    [InlineData("indented-list", "ce texte imbrique trop")]
    [InlineData("list-on-one-line", "ce texte imbrique trop")]
    [InlineData("brackets", "ce texte imbrique trop")]
    [InlineData("emphasis", "ce texte contient trop de caractères de mise en forme")]
    [InlineData("long", "ce texte est trop long : 20\u202F001 caractères pour 20\u202F000 au plus.")]
    public void Texts_beyond_the_limits_are_refused_in_French_before_Markdig_runs(string shape, string expected)
    {
        var markdown = shape switch
        {
            "quotes" => new string('>', 40) + " a",
            "indented-list" => string.Concat(Enumerable.Range(0, 40).Select(level => new string(' ', 2 * level) + "- a\n")),
            "list-on-one-line" => string.Concat(Enumerable.Repeat("1. ", 40)) + "a",
            "brackets" => new string('[', 5000) + "a",
            "emphasis" => string.Concat(Enumerable.Repeat("*a", 5000)),
            _ => new string('a', MarkdownLimits.MaxLength + 1),
        };

        // The cheap checks alone refuse it: Markdig never sees the text.
        Assert.Contains(expected, MarkdownLimits.Check(markdown), StringComparison.Ordinal);
        Assert.Equal(MarkdownLimits.Check(markdown), MarkdownRenderer.Validate(markdown));
    }

    [Fact]
    public void Ordinary_texts_pass_the_limits()
    {
        const string markdown = "## Contexte\n\n> Une citation\n\n- un point\n  - un sous-point\n    1. détail\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n**gras** et _italique_, [lien](https://exemple.fr).";

        Assert.Null(MarkdownRenderer.Validate(markdown));
        Assert.Contains("<blockquote>", Html(markdown), StringComparison.Ordinal);
    }
}
