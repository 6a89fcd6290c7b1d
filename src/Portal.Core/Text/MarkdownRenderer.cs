using System.Net;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Portal.Core.Text;

/// <summary>
/// Renders editors' Markdown for the public: raw HTML is escaped, not interpreted, and links or
/// images whose address is not http(s), mailto or a site-relative path are turned into plain text.
/// A text beyond <see cref="MarkdownLimits"/>, or one Markdig refuses, is shown as its raw text, escaped:
/// one item's text never breaks a page.
/// </summary>
public static partial class MarkdownRenderer
{
    /// <summary>
    /// Where unrendered texts are reported. Static because views render through this static helper; set
    /// once at start (see <see cref="MarkdownLoggerSetup"/>).
    /// </summary>
    internal static ILogger Logger { get; set; } = NullLogger.Instance;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UsePipeTables()
        .UseEmphasisExtras()
        .Build();

    public static IHtmlContent Render(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return HtmlString.Empty;
        }

        if (MarkdownLimits.Check(markdown) is not null)
        {
            LogNotRendered(Logger, markdown.Length, "beyond the limits");
            return RawText(markdown);
        }

        try
        {
            return new HtmlString(ToSafeHtml(markdown));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Markdig's own nesting limit (an ArgumentException), or whatever the cheap checks did not foresee.
            LogNotRendered(Logger, markdown.Length, exception.GetType().Name);
            return RawText(markdown);
        }
    }

    /// <summary>Null when the text renders within the limits; otherwise why not, in French (for a form field).</summary>
    public static string? Validate(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return null;
        }

        if (MarkdownLimits.Check(markdown) is { } problem)
        {
            return problem;
        }

        try
        {
            _ = ToSafeHtml(markdown);
            return null;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return "ce texte ne peut pas être mis en forme : il imbrique trop de citations, de listes, de liens ou de mises en forme. Simplifiez-le.";
        }
    }

    private static string ToSafeHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!IsSafeUrl(link.Url))
            {
                link.Url = null;
                link.IsImage = false;
                ReplaceWithChildren(link);
            }
        }

        foreach (var link in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsSafeUrl(link.Url))
            {
                link.ReplaceBy(new LiteralInline(link.Url));
            }
        }

        return document.ToHtml(Pipeline);
    }

    /// <summary>The text as typed, escaped, its line breaks kept.</summary>
    private static HtmlString RawText(string text) =>
        new("<p class=\"texte-brut\">" + WebUtility.HtmlEncode(text).Replace("\n", "<br>\n", StringComparison.Ordinal) + "</p>");

    // Only the length: the text itself may hold personal data.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Markdown text of {Length} characters shown as raw text: {Reason}")]
    private static partial void LogNotRendered(ILogger logger, int length, string reason);

    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        var trimmed = url.Trim();
        if (trimmed.StartsWith('/') && !trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return true;
        }

        if (trimmed.StartsWith('#'))
        {
            return true;
        }

        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeMailto);
    }

    private static void ReplaceWithChildren(LinkInline link)
    {
        var parent = link.Parent;
        if (parent is null)
        {
            return;
        }

        var children = link.ToList();
        Inline anchor = link;
        foreach (var child in children)
        {
            child.Remove();
            anchor.InsertAfter(child);
            anchor = child;
        }

        link.Remove();
    }
}
