using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Portal.Search.Querying;

/// <summary>
/// Reads a search from the query string (the same names for the page, the API and the export). Bad values
/// are reported, never thrown: the page ignores them, the API answers 400.
/// </summary>
public static class SearchRequestBinder
{
    public const int MaxQueryLength = 2000;

    public static (SearchRequest Request, Dictionary<string, string[]> Errors) Bind(IQueryCollection query, int pageSize = 20)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string? Text(string name)
        {
            var value = query[name].ToString();
            if (value.Length > MaxQueryLength)
            {
                errors[name] = [$"Au plus {MaxQueryLength} caractères."];
                return value[..MaxQueryLength];
            }

            return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }

        int? Number(string name, int min, int max)
        {
            var raw = query[name].ToString();
            if (string.IsNullOrWhiteSpace(raw))
            {
                return null;
            }

            if (int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            {
                return value;
            }

            errors[name] = [$"Un nombre entier entre {min} et {max} est attendu."];
            return null;
        }

        var sort = SearchSort.Relevance;
        switch (query["tri"].ToString())
        {
            case "" or "pertinence":
                break;
            case "date":
                sort = SearchSort.Date;
                break;
            default:
                errors["tri"] = ["Valeurs possibles : pertinence, date."];
                break;
        }

        var request = new SearchRequest(
            Text("q"), Text("type"), Text("demarche"), Text("organisateur"), Text("theme"), Text("decision"), Text("suivi"),
            Number("annee", 1900, 2200), sort, Number("p", 1, SearchService.MaxPage) ?? 1, pageSize)
        {
            Organisation = Text("organisation"),
        };
        return (request, errors);
    }

    /// <summary>The query string of a request, for links that keep the search (paging, filters, export).</summary>
    public static QueryString ToQueryString(SearchRequest request, int? page = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pairs = new Dictionary<string, string?>
        {
            ["q"] = request.Query,
            ["type"] = request.Type,
            ["demarche"] = request.Process,
            ["organisation"] = request.Organisation,
            ["organisateur"] = request.Organiser,
            ["theme"] = request.Theme,
            ["decision"] = request.Decision,
            ["suivi"] = request.FollowUpStatus,
            ["annee"] = request.Year?.ToString(CultureInfo.InvariantCulture),
            ["tri"] = request.Sort == SearchSort.Date ? "date" : null,
            ["p"] = page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null,
        };
        return QueryString.Create(pairs.Where(p => !string.IsNullOrEmpty(p.Value)));
    }
}
