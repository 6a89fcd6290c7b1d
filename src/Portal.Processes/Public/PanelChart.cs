using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;
using Portal.Core.Text;
using Portal.Processes.Content;

namespace Portal.Processes.Public;

/// <summary>
/// Bar chart of one criterion of a panel: per category, the target, the count achieved and, when known, the
/// reference population's share brought to the panel's size — the comparison readers need to judge how
/// representative the panel is. Labels and values are HTML text (legible at every width and zoom, never a scaled
/// drawing); only the bars are drawn, as percentage widths (the CSP forbids inline styles). Each value is written
/// with its word, so nothing is told by colour alone; the table that follows is the chart's text alternative.
/// </summary>
public static class PanelChart
{
    public static IHtmlContent Render(PanelCriterion criterion, string titleId, string tableId)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        var panelSize = criterion.Categories.Sum(c => c.Achieved);
        var bars = criterion.Categories.Select(c => (c.Label, Target: (decimal)c.Target, Achieved: (decimal)c.Achieved,
            Reference: c.ReferenceShare is { } share && panelSize > 0 ? share * panelSize / 100m : (decimal?)null, Share: c.ReferenceShare)).ToList();
        var max = Math.Max(1m, bars.Select(b => Math.Max(Math.Max(b.Target, b.Achieved), b.Reference ?? 0m)).DefaultIfEmpty(1m).Max());
        var hasReference = bars.Any(b => b.Reference is not null);

        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture,
            $"<div class=\"bar-chart\" role=\"img\" aria-labelledby=\"{titleId}\" aria-describedby=\"{tableId}\">");
        html.Append(CultureInfo.InvariantCulture,
            $"<p class=\"bar-chart-title\" id=\"{titleId}\">{Encode(criterion.Name)} : objectif, effectif atteint{(hasReference ? " et population de référence" : string.Empty)} par catégorie</p>");
        html.Append("<p class=\"bar-legend\"><span class=\"key target\"></span>Objectif <span class=\"key achieved\"></span>Atteint");
        if (hasReference)
        {
            html.Append(CultureInfo.InvariantCulture, $" <span class=\"key reference\"></span>Population de référence, ramenée à {French.Count(panelSize, "membre", "membres")}");
        }

        html.Append("</p>");
        foreach (var bar in bars)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"bar-row\"><p class=\"bar-label\">{Encode(bar.Label)}</p><div class=\"bar-lines\">");
            Line(html, "target", bar.Target / max, $"Objectif {French.Number((int)bar.Target)}");
            Line(html, "achieved", bar.Achieved / max, $"Atteint {French.Number((int)bar.Achieved)}");
            if (bar.Reference is { } reference)
            {
                Line(html, "reference", reference / max, $"Référence {reference.ToString("0.#", French.Culture)} ({French.Percent(bar.Share!.Value)})");
            }

            html.Append("</div></div>");
        }

        html.Append("</div>");
        return new HtmlString(html.ToString());
    }

    private static void Line(StringBuilder html, string kind, decimal fraction, string value)
    {
        var percent = (fraction * 100m).ToString("0.##", CultureInfo.InvariantCulture);
        html.Append(CultureInfo.InvariantCulture,
            $"<p class=\"bar-line\"><svg class=\"bar\" width=\"100%\" height=\"12\" focusable=\"false\" aria-hidden=\"true\"><rect class=\"{kind}\" width=\"{percent}%\" height=\"12\"/></svg><span class=\"bar-value\">{Encode(value)}</span></p>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
