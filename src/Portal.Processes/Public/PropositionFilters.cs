using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Portal.Processes.Public;

/// <summary>The list's filters to and from the query string, shared by the process page, the dashboards and the CSV export.</summary>
public static class PropositionFilters
{
    public static string Url(string path, PropositionFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return path + Query(filter, filter.Page > 1 ? filter.Page : null);
    }

    /// <summary>The query string of a filter (without a page number when null), e.g. for the CSV export of the same selection.</summary>
    public static string Query(PropositionFilter filter, int? page = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = QueryString.Create(new Dictionary<string, string?>
        {
            ["theme"] = filter.Theme,
            ["decision"] = filter.Decision,
            ["suivi"] = filter.FollowUp,
            ["delai"] = filter.Timing,
            ["engagement"] = filter.Commitment,
            ["sans-suivi-depuis"] = filter.QuietDays?.ToString(CultureInfo.InvariantCulture),
            ["appreciation"] = filter.Grade,
            ["p"] = page?.ToString(CultureInfo.InvariantCulture),
        }.Where(p => !string.IsNullOrEmpty(p.Value)));
        return query.ToUriComponent();
    }

    /// <summary>The list's filters from the query string; blank or malformed values are ignored.</summary>
    public static PropositionFilter Read(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        static string? Value(IQueryCollection q, string key) => string.IsNullOrWhiteSpace(q[key]) ? null : q[key].ToString().Trim();
        var page = int.TryParse(query["p"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1;
        int? quiet = int.TryParse(query["sans-suivi-depuis"], NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is > 0 and < 100_000 ? d : null;
        return new PropositionFilter(Value(query, "theme"), Value(query, "decision"), Value(query, "suivi"), page, Value(query, "delai"), Value(query, "engagement"), quiet, Value(query, "appreciation"));
    }
}
