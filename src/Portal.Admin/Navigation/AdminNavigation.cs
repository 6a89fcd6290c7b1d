using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Portal.Core.Modules;

namespace Portal.Admin.Navigation;

/// <summary>
/// The back-office navigation built from what each module declares (<see cref="IPortalModule.Menu"/>), cut down to what
/// this person may open, under the headings of <see cref="AdminMenuGroups"/>. No module's page is listed by hand here.
/// </summary>
public sealed class AdminNavigation(ModuleCatalogue modules, IAuthorizationService authorization)
{
    public async Task<IReadOnlyList<AdminMenuSection>> ForAsync(ClaimsPrincipal user)
    {
        var allowed = new List<AdminMenuEntry>();
        foreach (var entry in modules.Menu)
        {
            if ((await authorization.AuthorizeAsync(user, entry.Permission)).Succeeded)
            {
                allowed.Add(entry);
            }
        }

        return [.. allowed
            .GroupBy(e => e.Group, StringComparer.Ordinal)
            .OrderBy(g => AdminMenuGroups.RankOf(g.Key))
            .Select(g => new AdminMenuSection(g.Key, [.. g]))];
    }

    /// <summary>
    /// The entry of the page being shown, for <c>aria-current</c>: the one whose address is the page's (with its query
    /// when it names one), else the longest one the page sits under (« Thésaurus » rather than « Index de recherche »).
    /// </summary>
    public static AdminMenuEntry? Current(IEnumerable<AdminMenuEntry> entries, string path, string query)
    {
        ArgumentNullException.ThrowIfNull(entries);
        AdminMenuEntry? best = null;
        var bestLength = -1;
        foreach (var entry in entries)
        {
            var q = entry.Href.IndexOf('?', StringComparison.Ordinal);
            var (entryPath, entryQuery) = q >= 0 ? (entry.Href[..q], entry.Href[q..]) : (entry.Href, string.Empty);
            var matches = entryQuery.Length > 0
                ? string.Equals(path, entryPath, StringComparison.Ordinal) && string.Equals(query, entryQuery, StringComparison.Ordinal)
                : string.Equals(path, entryPath, StringComparison.Ordinal) || path.StartsWith(entryPath + "/", StringComparison.Ordinal);
            if (matches && entry.Href.Length > bestLength)
            {
                (best, bestLength) = (entry, entry.Href.Length);
            }
        }

        return best;
    }
}

/// <summary>One heading of the navigation and its links.</summary>
public sealed record AdminMenuSection(string Title, IReadOnlyList<AdminMenuEntry> Entries);
