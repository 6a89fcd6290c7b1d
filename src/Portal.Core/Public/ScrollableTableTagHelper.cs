using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Portal.Core.Public;

/// <summary>
/// Puts every table of a page in its own horizontally scrollable box, so that a wide table never makes the whole
/// page scroll sideways on a phone or at 400 % zoom (WCAG 1.4.10, RGAA 10.11) and keeps its table semantics (a
/// table restyled as blocks loses them in some screen readers). The box is a labelled region reachable with the
/// keyboard, as a scrollable area must be (WCAG 2.1.1); it is named after the table's caption.
/// </summary>
[HtmlTargetElement("table")]
public sealed partial class ScrollableTableTagHelper : TagHelper
{
    // After the other tag helpers, so that the caption is the rendered one.
    public override int Order => 1000;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        var caption = Caption(content.GetContent());
        var label = WebUtility.HtmlEncode(string.IsNullOrWhiteSpace(caption) ? "Tableau" : caption);
        output.PreElement.SetHtmlContent($"<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"{label}\">");
        output.PostElement.SetHtmlContent("</div>");
    }

    /// <summary>The caption's text without its markup, or null when the table has none.</summary>
    internal static string? Caption(string tableHtml)
    {
        var match = CaptionPattern().Match(tableHtml);
        if (!match.Success)
        {
            return null;
        }

        var text = WebUtility.HtmlDecode(TagPattern().Replace(match.Groups[1].Value, " "));
        return WhitespacePattern().Replace(text, " ").Trim();
    }

    [GeneratedRegex("<caption[^>]*>(.*?)</caption>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex CaptionPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();
}
