using AngleSharp.Dom;

namespace Portal.Tests.OpenData;

/// <summary>
/// Two sites' public pages compared line by line, after the only normalisations a round trip needs, each with its reason.
/// </summary>
internal static class SamePages
{
    /// <summary>
    /// The page as compared, without its whitespace-only lines (HTML renders them as nothing, and taking an element out
    /// leaves its indentation behind). Antiforgery tokens are emptied: each site signs them with its own data-protection keys.
    /// With <paramref name="withoutDrawLink"/>, the link to the process's verifiable draw is taken out: a draw does not
    /// travel with the process (its pool of volunteers is personal data, and its kit verifies against the commitment the
    /// source site published before the draw), so the importing site has none to link to.
    /// </summary>
    public static string Normalised(IDocument page, bool withoutDrawLink = false)
    {
        ArgumentNullException.ThrowIfNull(page);
        foreach (var token in page.QuerySelectorAll("input[name=__RequestVerificationToken]"))
        {
            token.SetAttribute("value", string.Empty);
        }

        if (withoutDrawLink)
        {
            foreach (var link in page.QuerySelectorAll("p > a[href$='/tirage']").Where(a => a.ParentElement!.ChildElementCount == 1).ToList())
            {
                link.ParentElement!.Remove();
            }
        }

        return string.Join('\n', page.DocumentElement.OuterHtml.Split('\n').Where(line => !string.IsNullOrWhiteSpace(line)));
    }

    /// <summary>Fails on the first line that differs, with the lines around it, rather than two whole pages.</summary>
    public static void AssertSame(string what, string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var a = i < left.Length ? left[i] : "(fin)";
            var b = i < right.Length ? right[i] : "(fin)";
            if (a != b)
            {
                var from = Math.Max(0, i - 3);
                Assert.Fail($"{what} differs at line {i + 1}:\nsource:   {string.Join("\n          ", left.Skip(from).Take(i - from + 2))}\nimported: {string.Join("\n          ", right.Skip(from).Take(i - from + 2))}");
            }
        }
    }
}
