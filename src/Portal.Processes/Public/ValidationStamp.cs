using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;
using Portal.Core.Settings;
using Portal.Core.Text;

namespace Portal.Processes.Public;

/// <summary>
/// The public mark that a section went through the reviewing body: its name from the site settings (never a
/// member's), and the date (Paris) it validated the version shown. Nothing for content published without it.
/// </summary>
public static class ValidationStamp
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static IHtmlContent For(DateTime? approvedUtc, SiteSettings site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return approvedUtc is { } at
            ? new HtmlString($"<p class=\"stamp\"><span aria-hidden=\"true\">✓ </span>Validé par le {Encoder.Encode(site.CopilName)} le {French.ParisDate(at)}</p>")
            : HtmlString.Empty;
    }
}
