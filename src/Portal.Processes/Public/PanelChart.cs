using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;
using Portal.Processes.Content;

namespace Portal.Processes.Public;

/// <summary>
/// Server-rendered SVG bar chart of one criterion: target and achieved count per category. Values are
/// written beside each bar and the legend names the bars, so nothing is told by colour alone; the
/// table that follows it on the page is its text alternative.
/// </summary>
public static class PanelChart
{
    private const int LabelWidth = 200;
    private const int BarArea = 360;
    private const int RowHeight = 44;
    private const int Top = 28;

    public static IHtmlContent Render(PanelCriterion criterion, string titleId, string tableId)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        var max = Math.Max(1, criterion.Categories.Select(c => Math.Max(c.Target, c.Achieved)).DefaultIfEmpty(1).Max());
        var width = LabelWidth + BarArea + 60;
        var height = Top + (criterion.Categories.Count * RowHeight) + 8;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"{titleId}\" aria-describedby=\"{tableId}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture,
            $"<title id=\"{titleId}\">{Encode(criterion.Name)} : objectif et effectif atteint par catégorie (détail dans le tableau qui suit)</title>");
        svg.Append("<g aria-hidden=\"true\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"4\" width=\"14\" height=\"10\" class=\"target\"/><text x=\"{LabelWidth + 20}\" y=\"14\">Objectif (barre du haut)</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth + 200}\" y=\"4\" width=\"14\" height=\"10\" class=\"achieved\"/><text x=\"{LabelWidth + 220}\" y=\"14\">Atteint (barre du bas)</text>");
        for (var k = 0; k < criterion.Categories.Count; k++)
        {
            var category = criterion.Categories[k];
            var y = Top + (k * RowHeight);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 22}\">{Encode(category.Label)}</text>");
            Bar(svg, "target", y + 4, category.Target * BarArea / (double)max, category.Target);
            Bar(svg, "achieved", y + 20, category.Achieved * BarArea / (double)max, category.Achieved);
        }

        svg.Append("</g></svg>");
        return new HtmlString(svg.ToString());
    }

    private static void Bar(StringBuilder svg, string kind, int y, double length, int value)
    {
        var px = length.ToString("0.#", CultureInfo.InvariantCulture);
        var labelX = (LabelWidth + length + 4).ToString("0.#", CultureInfo.InvariantCulture);
        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"{kind}\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{px}\" height=\"14\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelX}\" y=\"{y + 12}\">{value}</text>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
