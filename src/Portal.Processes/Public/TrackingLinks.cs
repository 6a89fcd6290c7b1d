using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Portal.Processes.Public;

/// <summary>Addresses of the dashboards' proposition list (<c>/suivi/propositions</c>) and its CSV export, for one scope and one filter.</summary>
public static class TrackingLinks
{
    public const string ListPath = "/suivi/propositions";
    public const string CsvPath = "/suivi/propositions.csv";

    public static string List(TrackingScope scope, PropositionFilter filter) => ListPath + Query(scope, filter, filter.Page > 1 ? filter.Page : null);

    public static string Csv(TrackingScope scope, PropositionFilter filter) => CsvPath + Query(scope, filter, page: null);

    private static string Query(TrackingScope scope, PropositionFilter filter, int? page)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var own = QueryString.Create(new Dictionary<string, string?>
        {
            ["demarche"] = scope.Process,
            ["organisateur"] = scope.Organiser,
            ["annee"] = scope.Year?.ToString(CultureInfo.InvariantCulture),
        }.Where(p => !string.IsNullOrEmpty(p.Value)));
        var rest = PropositionFilters.Query(filter, page);
        var both = own.ToUriComponent() + (own.HasValue && rest.Length > 0 ? "&" + rest[1..] : rest);
        return both;
    }

    /// <summary>The scope from the query string; blank or malformed values are ignored.</summary>
    public static TrackingScope ReadScope(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        static string? Value(IQueryCollection q, string key) => string.IsNullOrWhiteSpace(q[key]) ? null : q[key].ToString().Trim();
        int? year = int.TryParse(query["annee"], NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 1900 and < 2200 ? y : null;
        return new TrackingScope(Value(query, "demarche"), Value(query, "organisateur"), year);
    }
}
