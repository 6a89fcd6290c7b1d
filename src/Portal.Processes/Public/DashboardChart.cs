using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Portal.Processes.Public;

/// <summary>
/// A server-rendered horizontal bar chart (SVG, no script): one bar per label, its value written beside it, so nothing is
/// told by colour alone. The chart is an image named by its title and described by the data table that follows it on
/// the page, which carries the figures and their links.
/// </summary>
public static class DashboardChart
{
    private const int LabelWidth = 240;
    private const int BarArea = 320;
    private const int RowHeight = 28;

    /// <summary>Bars scaled to the largest value, or to <paramref name="scaleMax"/> when the values are on a stated scale (scores out of 10).</summary>
    public static IHtmlContent Render(string title, string titleId, string tableId, IReadOnlyList<(string Label, decimal Value, string Unit)> bars, decimal? scaleMax = null)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var max = scaleMax is > 0 ? scaleMax.Value : Math.Max(1m, bars.Select(b => b.Value).DefaultIfEmpty(1m).Max());
        var width = LabelWidth + BarArea + 90;
        var height = (bars.Count * RowHeight) + 8;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart dashboard-chart\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"{titleId}\" aria-describedby=\"{tableId}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{titleId}\">{Encode(title)} (les chiffres sont dans le tableau qui suit)</title>");
        svg.Append("<g aria-hidden=\"true\">");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value, unit) = bars[i];
            var y = 4 + (i * RowHeight);
            var length = (double)(value * BarArea / max);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 15}\">{Encode(label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar bar-{i % 6}\" x=\"{LabelWidth}\" y=\"{y + 2}\" width=\"{length.ToString("0.#", CultureInfo.InvariantCulture)}\" height=\"18\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{(LabelWidth + length + 6).ToString("0.#", CultureInfo.InvariantCulture)}\" y=\"{y + 15}\">{Encode(value.ToString("0.#", Core.Text.French.Culture) + unit)}</text>");
        }

        svg.Append("</g></svg>");
        return new HtmlString(svg.ToString());
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
