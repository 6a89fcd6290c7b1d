using Portal.Processes.Content;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Caching;
using Portal.Core.Public;
using Portal.Core.Settings;
using Portal.Search.Querying;

namespace Portal.Search.Api;

/// <summary>The search API (<c>GET /api/v1/search</c>) and the CSV export of a result set.</summary>
internal static class SearchApi
{
    public const int ExportLimit = 5000;

    /// <summary>The export's columns: the date is the item's own (a response's publication), the text is whole, themes are parted by « | ».</summary>
    public static readonly string[] Columns = ["type", "code", "titre", "lien", "démarche", "thèmes", "date", "décision", "suivi", "texte"];

    /// <summary>Answers change when this node's index commits, which evicts the tag.</summary>
    private static readonly OutputCacheAttribute Cached = new() { PolicyName = PublicCache.PolicyName, Tags = [PublicCache.SearchTag] };

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/search", SearchAsync)
            .WithName("Search")
            .WithSummary("Recherche dans les démarches publiées")
            .WithDescription("Résultats (20 par page) avec un extrait où les mots trouvés sont entourés de <mark>, le texte intégral, le code, les thèmes, "
                + "la décision, le statut de suivi et la date de chaque élément, et le nombre de résultats par valeur de chaque filtre.")
            .Produces<SearchApiResponse>()
            .ProducesValidationProblem()
            .WithMetadata(Cached);
        endpoints.MapGet("/recherche/export.csv", ExportAsync).ExcludeFromDescription().WithMetadata(Cached);
        return endpoints;
    }

    private static async Task<Results<Ok<SearchApiResponse>, ValidationProblem>> SearchAsync(
        [AsParameters] SearchQueryParameters parameters, HttpContext context, SearchService search, CancellationToken cancellationToken)
    {
        // The declared parameters document the API; the binder reads the same names and reports bad values.
        _ = parameters;
        var (request, errors) = SearchRequestBinder.Bind(context.Request.Query);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Paramètres de recherche invalides");
        }

        var results = await search.SearchAsync(request with { WithFullText = true }, cancellationToken);
        return TypedResults.Ok(SearchApiResponse.From(results));
    }

    private static async Task<IResult> ExportAsync(
        HttpContext context, SearchService search, SiteSettingsStore settings, PublicSite publicSite, CancellationToken cancellationToken)
    {
        var (request, errors) = SearchRequestBinder.Bind(context.Request.Query, pageSize: 100);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Paramètres de recherche invalides");
        }

        var site = await settings.GetAsync(cancellationToken);
        var csv = new StringBuilder(CsvWriter.Line(Columns));
        for (var page = 1; page <= ExportLimit / 100; page++)
        {
            var results = await search.SearchAsync(request with { Page = page, WithFullText = true }, cancellationToken);
            foreach (var hit in results.Hits)
            {
                csv.Append(CsvWriter.Line([
                    SearchLabels.Type(hit.Type), hit.Code, hit.Title, publicSite.Url(hit.Url), hit.ProcessTitle, string.Join(" | ", hit.Themes),
                    hit.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    hit.Decision is null ? null : site.DecisionLabel(hit.Decision),
                    hit.FollowUpStatus is null ? null : site.FollowUpStatusLabel(hit.FollowUpStatus), hit.FullText ?? hit.SnippetText]));
            }

            if (page >= results.PageCount)
            {
                break;
            }
        }

        return TypedResults.File(CsvWriter.Encoding.GetPreamble().Concat(CsvWriter.Encoding.GetBytes(csv.ToString())).ToArray(),
            "text/csv; charset=utf-8", "recherche.csv");
    }
}
