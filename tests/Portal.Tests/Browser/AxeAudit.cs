using System.Text.Json;
using Microsoft.Playwright;

namespace Portal.Tests.Browser;

/// <summary>
/// axe-core (npm package pinned by package-lock.json, installed by <c>npm ci</c>) run in the page, WCAG 2.1 A and AA
/// rules, and the WCAG 1.4.10 reflow check: nothing wider than the viewport.
/// </summary>
public static class AxeAudit
{
    private static readonly Lazy<string?> Script = new(FindScript);

    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    public static void SkipWithoutAxe() =>
        Assert.SkipWhen(Script.Value is null, "axe-core absent : lancer « npm ci » à la racine du dépôt (.ci/run le fait).");

    /// <summary>Every violation of the page, one line each: rule, impact, the first offending elements.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Script.Value });
        var json = await page.EvaluateAsync<string>(
            "async tags => JSON.stringify((await axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations" +
            ".map(v => v.id + ' (' + v.impact + ') : ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')))",
            Tags);
        return JsonSerializer.Deserialize<string[]>(json) ?? [];
    }

    /// <summary>The elements sticking out of the viewport to the right (WCAG 1.4.10), empty when the page reflows.</summary>
    public static async Task<IReadOnlyList<string>> OverflowingAsync(IPage page)
    {
        var json = await page.EvaluateAsync<string>("""
            () => {
              const width = document.documentElement.clientWidth;
              if (document.documentElement.scrollWidth <= width) return '[]';
              const out = [];
              for (const e of document.body.querySelectorAll('*')) {
                const r = e.getBoundingClientRect();
                if (r.right > width + 1 && out.length < 5 && ![...out].some(o => e.closest(o.sel))) {
                  const sel = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '');
                  out.push({ sel, text: sel + ' ' + Math.round(r.right) + 'px' });
                }
              }
              return JSON.stringify(out.map(o => o.text).concat(['page ' + document.documentElement.scrollWidth + 'px']));
            }
            """);
        return JsonSerializer.Deserialize<string[]>(json) ?? [];
    }

    private static string? FindScript()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(candidate))
            {
                return File.ReadAllText(candidate);
            }
        }

        return null;
    }
}
