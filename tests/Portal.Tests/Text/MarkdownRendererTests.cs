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
}
