using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Portal.Core.Identity;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

/// <summary>
/// Every back-office form, found by walking the pages the navigation leads to (not listed by hand), posted with the
/// fields it marks required left empty: the server refuses it (never a 500, never a silent success), with an error
/// summary that links to existing fields, names them by their French label, and says nothing in English.
/// </summary>
public sealed partial class BackOfficeFormsTests
{
    private const int MaxPages = 70;

    /// <summary>Addresses not to follow: leaving the session, a job's page, file downloads.</summary>
    private static readonly string[] Skipped = ["/admin/deconnexion", "/admin/taches/", "handler=", "/admin/tirages/kit"];

    /// <summary>ASP.NET's own English model-binding texts, which must never reach a page.</summary>
    private static readonly string[] EnglishTexts = [" field is required", "is not valid", "The value", "A value for the", "must be a number", "Exception"];

    [Fact]
    public async Task Every_form_posted_with_its_required_fields_empty_is_refused_in_french_with_links_to_the_fields()
    {
        await using var factory = new PortalFactory();
        using var admin = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Administrator);
        var problems = new List<string>();
        var posted = 0;
        foreach (var path in await DiscoverAsync(admin))
        {
            var page = await admin.GetAsync(path);
            var forms = page.QuerySelectorAll<IHtmlFormElement>("main form").Where(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase)).ToList();
            for (var i = 0; i < forms.Count; i++)
            {
                var required = RequiredFields(page, forms[i]);
                if (required.Count == 0)
                {
                    continue;
                }

                posted++;
                forms[i].SetAttribute("data-essai", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                var response = await admin.SubmitAsync(page, $"form[data-essai='{i}']", required.ToDictionary(f => f.GetAttribute("name")!, _ => string.Empty));
                var where = $"{path}, formulaire n° {i + 1} ({string.Join(", ", required.Select(f => f.GetAttribute("name")))})";
                problems.AddRange((await ProblemsOfAsync(admin, path, response, forms[i])).Select(p => $"{where} : {p}"));
            }
        }

        Assert.True(posted >= 8, $"Only {posted} forms with required fields were found: the walk no longer reaches the back office.");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>
    /// What is wrong with the answer to a form posted with its required fields empty. A form that goes back to its page
    /// (a panel's form, posted elsewhere) must show the summary there.
    /// </summary>
    private static async Task<List<string>> ProblemsOfAsync(BrowserlessUser admin, string path, HttpResponseMessage response, IHtmlFormElement form)
    {
        if ((int)response.StatusCode >= 500)
        {
            return [$"erreur {(int)response.StatusCode}"];
        }

        var page = response.StatusCode == HttpStatusCode.OK ? await BrowserlessUser.ParseAsync(path, response)
            : response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { OriginalString: var back } && back.StartsWith('/') ? await admin.GetAsync(back)
            : null;
        var summary = page?.QuerySelector(".error-summary");
        if (page is null || summary is null)
        {
            return [response.StatusCode == HttpStatusCode.OK ? "aucun récapitulatif d'erreurs (.error-summary)"
                : $"accepté ({(int)response.StatusCode} vers {response.Headers.Location}) alors que des champs obligatoires sont vides"];
        }

        var problems = new List<string>();
        var text = summary.TextContent;
        problems.AddRange(EnglishTexts.Where(e => text.Contains(e, StringComparison.Ordinal)).Select(e => $"texte anglais « {e} » dans « {Squeeze(text)} »"));
        var names = form.Elements.Select(e => e.GetAttribute("name")).OfType<string>().Where(n => InternalName().IsMatch(n)).Distinct();
        problems.AddRange(names.Where(n => Regex.IsMatch(text, $@"(?<![\p{{L}}\-])({Regex.Escape(n)})(?![\p{{L}}\-])")).Select(n => $"nom interne « {n} » dans « {Squeeze(text)} »"));
        var links = summary.QuerySelectorAll("a[href^='#']").ToList();
        if (links.Count == 0)
        {
            problems.Add($"le récapitulatif ne mène à aucun champ : « {Squeeze(text)} »");
        }

        foreach (var link in links)
        {
            var id = link.GetAttribute("href")![1..];
            var target = page.GetElementById(id);
            if (target is not (IHtmlInputElement or IHtmlSelectElement or IHtmlTextAreaElement or IHtmlFieldSetElement))
            {
                problems.Add($"le lien « #{id} » ne mène à aucun champ");
                continue;
            }

            // Its own label, or the legend of the group it belongs to (a choice among radio buttons).
            var labels = new[] { LabelOf(page, target), target.Closest("fieldset") is { } group ? LabelOf(page, group) : null }.OfType<string>().ToList();
            var line = Squeeze(link.Closest("li")?.TextContent ?? link.TextContent);
            if (labels.Count > 0 && !labels.Any(l => line.Contains(l, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"« {line} » ne nomme pas le champ par son libellé « {labels[0]} »");
            }
        }

        return problems;
    }

    /// <summary>The visible fields a form marks required (attribute, or « obligatoire » in their label).</summary>
    private static List<IElement> RequiredFields(IDocument page, IHtmlFormElement form) =>
        [.. form.Elements.Where(e => e is IHtmlInputElement { Type: not ("hidden" or "checkbox" or "radio" or "file" or "submit") } or IHtmlTextAreaElement or IHtmlSelectElement)
            .Where(e => !string.IsNullOrEmpty(e.GetAttribute("name")))
            .Where(e => e.HasAttribute("required") || e.GetAttribute("aria-required") == "true"
                || (e.Id is { Length: > 0 } id && page.QuerySelector($"label[for='{id}']")?.TextContent.Contains("obligatoire", StringComparison.Ordinal) == true))];

    /// <summary>A field's label without its « (obligatoire) » mark, hints and explanations (after « ( », « , » or « : »), or null when it has none.</summary>
    private static string? LabelOf(IDocument page, IElement field)
    {
        var label = field is IHtmlFieldSetElement ? field.QuerySelector("legend") : page.QuerySelector($"label[for='{field.Id}']");
        if (label is null)
        {
            return null;
        }

        var copy = (IElement)label.Clone();
        foreach (var extra in copy.QuerySelectorAll(".required, .hint, .visually-hidden").ToList())
        {
            extra.Remove();
        }

        var text = Squeeze(copy.TextContent.Replace("(obligatoire)", string.Empty, StringComparison.Ordinal).Split('(', ',', ':')[0]);
        return text.Length == 0 ? null : text;
    }

    /// <summary>The back-office pages: those of the navigation, then the pages they link to, up to <see cref="MaxPages"/>.</summary>
    private static async Task<List<string>> DiscoverAsync(BrowserlessUser admin)
    {
        var home = await admin.GetAsync("/admin");
        var found = new List<string> { "/admin" };
        var queue = new Queue<string>(home.QuerySelectorAll("nav a[href^='/admin']").Select(a => a.GetAttribute("href")!));
        while (queue.TryDequeue(out var path) && found.Count < MaxPages)
        {
            if (found.Contains(path) || Skipped.Any(s => path.Contains(s, StringComparison.Ordinal)))
            {
                continue;
            }

            var response = await admin.Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            found.Add(path);
            var page = await BrowserlessUser.ParseAsync(path, response);
            foreach (var href in page.QuerySelectorAll("main a[href^='/admin']").Select(a => a.GetAttribute("href")!).Distinct())
            {
                queue.Enqueue(href);
            }
        }

        return found;
    }

    private static string Squeeze(string text) => WhiteSpace().Replace(text, " ").Trim();

    /// <summary>A form field's name as code spells it (« NewRole », « Seat.DisplayName », « Email »), which users must never read.</summary>
    [GeneratedRegex(@"^[A-Z][a-z]+[A-Z][A-Za-z]*$|^[A-Za-z]+\.[A-Za-z.]+$|^(Email|Role|Name|Title|Body|Grade|Code|Date|Comment)$")]
    private static partial Regex InternalName();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
