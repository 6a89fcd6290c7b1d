using Portal.Processes.Content;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Caching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Settings;
using Portal.Processes.Organisations;
using Portal.Processes.Public;
using Portal.Search.Indexing;
using Portal.Search.Querying;

namespace Portal.Search.Pages.Recherche;

/// <summary>
/// The public search page: one GET form, so every search has an address to cite. Bad parameters are
/// ignored (the API reports them); no query shows the newest content.
/// </summary>
[OutputCache(PolicyName = PublicCache.PolicyName, Tags = new[] { PublicCache.SearchTag })]
public sealed class IndexModel(SearchService search, SiteSettingsStore settings, ProcessDirectory processes, OrganisationStore organisations) : PageModel
{
    public SearchRequest Criteria { get; private set; } = null!;

    public SearchResults Results { get; private set; } = null!;

    public SiteSettings Site { get; private set; } = null!;

    public IReadOnlyDictionary<string, string> ProcessTitles { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> OrganisationNames { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Criteria = SearchRequestBinder.Bind(HttpContext.Request.Query).Request;
        Results = await search.SearchAsync(Criteria, cancellationToken);
        Site = await settings.GetAsync(cancellationToken);
        ProcessTitles = await processes.TitlesBySlugAsync(cancellationToken);
        OrganisationNames = (await organisations.AllAsync(cancellationToken)).ToDictionary(o => o.Slug, o => o.Name, StringComparer.Ordinal);
    }

    /// <summary>The French label of one facet value.</summary>
    public string Label(string field, string value) => field switch
    {
        SearchFields.Type => SearchLabels.Type(value),
        SearchFields.ProcessSlug => ProcessTitles.GetValueOrDefault(value, value),
        SearchFields.Organisation => OrganisationNames.GetValueOrDefault(value, value),
        SearchFields.Decision => Site.DecisionLabel(value),
        SearchFields.FollowUpStatus => Site.FollowUpStatusLabel(value),
        _ => value,
    };

    /// <summary>The request's current value for a facet field, to keep it selected.</summary>
    public string? Selected(string field) => field switch
    {
        SearchFields.Type => Criteria.Type,
        SearchFields.ProcessSlug => Criteria.Process,
        SearchFields.Organisation => Criteria.Organisation,
        SearchFields.Organiser => Criteria.Organiser,
        SearchFields.Theme => Criteria.Theme,
        SearchFields.Decision => Criteria.Decision,
        SearchFields.FollowUpStatus => Criteria.FollowUpStatus,
        SearchFields.Year => Criteria.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    public string PageUrl(int page) => "/recherche" + SearchRequestBinder.ToQueryString(Criteria, page).ToUriComponent();

    public string ExportUrl => "/recherche/export.csv" + SearchRequestBinder.ToQueryString(Criteria).ToUriComponent();

    /// <summary>How the results were found, in words: the page never changes its matching without saying so.</summary>
    public string? MatchingText => Results.Matching switch
    {
        { Mode: MatchingMode.AllWords, Words: > 1 } => "Résultats contenant tous les mots recherchés",
        { Mode: MatchingMode.AllWords } => null,
        { Mode: MatchingMode.MostWords or MatchingMode.CorrectedSpelling, Words: > 1 } m => (m.MinimumWords >= m.Words
            ? "Résultats contenant tous les mots recherchés"
            : m.MinimumWords == 1
                ? $"Résultats contenant au moins un des {m.Words} mots recherchés, ceux qui en contiennent le plus en premier"
                : $"Résultats contenant au moins {m.MinimumWords} des {m.Words} mots recherchés, ceux qui en contiennent le plus en premier")
            + Corrected(m),
        { Mode: MatchingMode.CorrectedSpelling } m => "Résultats" + Corrected(m),
        _ => null,
    };

    private static string Corrected(MatchingInfo matching) => matching.Corrections.Count == 0
        ? string.Empty
        : " (orthographe corrigée : " + string.Join(", ", matching.Corrections.Select(c => $"« {c.Key} » lu « {c.Value} »")) + ")";

    public bool HasFilters => LuceneQueryBuilder.Filters(Criteria).Count > 0;
}
