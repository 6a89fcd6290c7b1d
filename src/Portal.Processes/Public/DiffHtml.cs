using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Portal.Processes.Public;

/// <summary>
/// A word diff as HTML: deleted words in <c>&lt;del&gt;</c>, inserted ones in <c>&lt;ins&gt;</c>, each announced by a
/// visually hidden « supprimé : » or « ajouté : » and closed by a hidden bracket, so that neither colour nor strike-through
/// alone tells what changed (RGAA 3.1).
/// </summary>
public static class DiffHtml
{
    public static IHtmlContent Render(IReadOnlyList<DiffSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var html = new StringBuilder();
        foreach (var segment in segments)
        {
            var text = WebUtility.HtmlEncode(segment.Text);
            html.Append(segment.Kind switch
            {
                DiffKind.Deleted => $"<del><span class=\"visually-hidden\">[supprimé : </span>{text}<span class=\"visually-hidden\">]</span></del>",
                DiffKind.Inserted => $"<ins><span class=\"visually-hidden\">[ajouté : </span>{text}<span class=\"visually-hidden\">]</span></ins>",
                _ => text,
            });
        }

        return new HtmlString(html.ToString());
    }
}
