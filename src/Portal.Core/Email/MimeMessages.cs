using System.Text;
using System.Text.RegularExpressions;
using MimeKit;

namespace Portal.Core.Email;

/// <summary>One MIME form for every sender: UTF-8, French, plain text with an HTML alternative.</summary>
public static partial class MimeMessages
{
    public static MimeMessage Build(EmailMessage message, MailboxAddress from, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(message);
        var mime = new MimeMessage { Date = date, Subject = message.Subject };
        mime.From.Add(from);
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Headers.Add(HeaderId.ContentLanguage, "fr");
        foreach (var (name, value) in message.Headers)
        {
            mime.Headers.Add(name, value);
        }

        var body = new BodyBuilder
        {
            TextBody = message.Body,
            HtmlBody = message.HtmlBody ?? HtmlFromText(message.Subject, message.Body),
        };
        mime.Body = body.ToMessageBody();
        return mime;
    }

    /// <summary>The plain text as a small HTML document: blank lines part paragraphs, web addresses become links.</summary>
    internal static string HtmlFromText(string title, string text)
    {
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"fr\">\n<head><meta charset=\"utf-8\"><title>")
            .Append(Encode(title))
            .Append("</title></head>\n<body>\n");
        foreach (var paragraph in Paragraphs().Split(text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim()))
        {
            var encoded = Encode(paragraph);
            var linked = WebAddress().Replace(encoded, m => $"<a href=\"{m.Value}\">{m.Value}</a>");
            html.Append("<p>").Append(linked.Replace("\n", "<br>\n", StringComparison.Ordinal)).Append("</p>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    // Only the markup characters: accented letters stay readable in the UTF-8 source.
    private static string Encode(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal);

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex Paragraphs();

    // Runs on HTML-encoded text: an address stops at whitespace or at an encoded quote or bracket.
    [GeneratedRegex(@"https?://[^\s<>""]+?(?=&quot;|&lt;|&gt;|[\s]|$)")]
    private static partial Regex WebAddress();
}
