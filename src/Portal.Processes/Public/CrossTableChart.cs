using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Portal.Processes.Public;

/// <summary>
/// A server-rendered grid chart of a cross table (SVG, no script): one row per row label, one column per column label,
/// a disc whose area follows the count in each cell and the count written on it, so that nothing is told by size or
/// colour alone. Like <see cref="DashboardChart"/>, it is an image named by its title and described by the data table
/// that follows it, which carries the figures and their links.
/// </summary>
public static class CrossTableChart
{
    private const int LabelWidth = 190;
    private const int ColumnWidth = 96;
    private const int HeaderHeight = 40;
    private const int RowHeight = 38;
    private const double MaxRadius = 17;

    public static IHtmlContent Render(string title, string titleId, string tableId, IReadOnlyList<string> rows, IReadOnlyList<string> columns, Func<int, int, int> count)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(count);
        var max = Math.Max(1, rows.SelectMany((_, r) => columns.Select((_, c) => count(r, c))).DefaultIfEmpty(0).Max());
        var width = LabelWidth + (columns.Count * ColumnWidth);
        var height = HeaderHeight + (rows.Count * RowHeight);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart dashboard-chart cross-chart\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"{titleId}\" aria-describedby=\"{tableId}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{titleId}\">{Encode(title)} (les chiffres sont dans le tableau qui suit)</title>");
        svg.Append("<g aria-hidden=\"true\">");
        for (var c = 0; c < columns.Count; c++)
        {
            var x = LabelWidth + (c * ColumnWidth) + (ColumnWidth / 2);
            var (first, second) = TwoLines(columns[c]);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"14\" text-anchor=\"middle\">{Encode(first)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"30\" text-anchor=\"middle\">{Encode(second)}</text>");
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var y = HeaderHeight + (r * RowHeight) + (RowHeight / 2);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"0\" y1=\"{y - (RowHeight / 2)}\" x2=\"{width}\" y2=\"{y - (RowHeight / 2)}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 4}\">{Encode(rows[r])}</text>");
            for (var c = 0; c < columns.Count; c++)
            {
                var value = count(r, c);
                var x = LabelWidth + (c * ColumnWidth) + (ColumnWidth / 2);
                if (value > 0)
                {
                    var radius = Math.Max(4, MaxRadius * Math.Sqrt(value / (double)max));
                    svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"cell\" cx=\"{x}\" cy=\"{y}\" r=\"{radius.ToString("0.#", CultureInfo.InvariantCulture)}\"/>");
                }

                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{y + 4}\" text-anchor=\"middle\"{(value == 0 ? " class=\"zero\"" : string.Empty)}>{value}</text>");
            }
        }

        svg.Append("</g></svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>A column label on two lines, cut at the space nearest its middle.</summary>
    private static (string First, string Second) TwoLines(string label)
    {
        var spaces = Enumerable.Range(0, label.Length).Where(i => label[i] == ' ').ToList();
        if (spaces.Count == 0)
        {
            return (label, string.Empty);
        }

        var cut = spaces.MinBy(i => Math.Abs(i - (label.Length / 2)));
        return (label[..cut], label[(cut + 1)..]);
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
