using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Settings;
using Portal.Search.Querying;
using Portal.Search.Thesaurus;

namespace Portal.Search.Pages.Admin;

/// <summary>
/// Administrators edit the search thesaurus (synonyms and acronyms) and preview its effect on a query before
/// saving: the results with the thesaurus in use and with the text being edited, side by side.
/// </summary>
[Authorize(Policy = SearchPermissions.ManageSearchIndex)]
public sealed class ThesaurusModel(SiteSettingsStore settings, ThesaurusSource thesauri, SearchService search) : PageModel
{
    [BindProperty]
    public string Text { get; set; } = string.Empty;

    [BindProperty]
    public string? Query { get; set; }

    /// <summary>Which button was pressed: « apercu » previews, anything else saves.</summary>
    [BindProperty]
    public string? Intention { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool Saved { get; private set; }

    /// <summary>The preview: the query's results with the thesaurus in use, then with the text being edited.</summary>
    public (SearchResults Current, SearchResults Edited)? Preview { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Text = (await settings.GetAsync(cancellationToken)).Section<ThesaurusSettings>(ThesaurusSettings.Key).Text ?? SearchThesaurus.DefaultText();
        Saved = Request.Query.ContainsKey("enregistre");
    }

    private PageResult OnPreview()
    {
        Errors = SearchThesaurus.Problems(Text);
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var request = new SearchRequest(Query, PageSize: 5);
            Preview = (search.Search(request), search.Search(request, thesauri.Parse(Text)));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Intention == "apercu")
        {
            return OnPreview();
        }

        Errors = SearchThesaurus.Problems(Text);
        if (Errors.Count > 0)
        {
            return Page();
        }

        var text = Text.Replace("\r\n", "\n", StringComparison.Ordinal);
        await settings.SetSectionAsync(ThesaurusSettings.Key, new ThesaurusSettings { Text = text }, cancellationToken);
        thesauri.Use(text);
        return Redirect("/admin/recherche/thesaurus?enregistre=1");
    }
}
