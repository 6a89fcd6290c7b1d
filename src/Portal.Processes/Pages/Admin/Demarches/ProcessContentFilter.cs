using Microsoft.AspNetCore.Http;
using Portal.Admin;
using Portal.Core.Content;

namespace Portal.Processes.Pages.Admin.Demarches;

/// <summary>
/// The filters of a process's content list in the back office: type, state, author, « ce qui m'attend », words of
/// the title; and the page of 50 shown. A process of 1,000 propositions is worked on through these, not scrolled.
/// </summary>
public sealed record ProcessContentFilter(string? Type, string? State, string? Author, bool Mine, string? Words, int Page)
{
    public const int PageSize = 50;

    /// <summary>The states a content item can be in, as the list names them (never by colour alone).</summary>
    public static readonly IReadOnlyList<(string Key, string Label)> States =
    [
        ("brouillon", "Brouillon"),
        ("en-validation", "En validation"),
        ("publie", "Publié"),
        ("modifie", "Publié, modifications non publiées"),
        ("archive", "Archivé"),
    ];

    public static ProcessContentFilter From(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        static string? Value(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        var page = int.TryParse(query["page"], System.Globalization.CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;
        var state = Value(query["etat"]);
        return new(Value(query["type"]), States.Any(s => s.Key == state) ? state : null, Value(query["auteur"]), query["attente"] == "moi", Value(query["q"]), page);
    }

    public bool IsActive => Type is not null || State is not null || Author is not null || Mine || Words is not null;

    /// <summary>The state key of an item's latest version.</summary>
    public static string StateOf(ContentItemVersion latest, VersionStatusBoard statuses, IReadOnlySet<string> publishedIds)
    {
        ArgumentNullException.ThrowIfNull(latest);
        ArgumentNullException.ThrowIfNull(statuses);
        ArgumentNullException.ThrowIfNull(publishedIds);
        return statuses.UnderReview(latest) ? "en-validation"
            : latest.Status == ContentStatus.Published ? "publie"
            : latest.Status == ContentStatus.Archived ? "archive"
            : publishedIds.Contains(latest.ContentItemId) ? "modifie"
            : "brouillon";
    }

    public IReadOnlyList<ContentItemVersion> Apply(
        IEnumerable<ContentItemVersion> items, VersionStatusBoard statuses, IReadOnlySet<string> publishedIds, IReadOnlySet<string> waitingForMe) =>
        [.. items.Where(i =>
            (Type is null || i.ContentType == Type)
            && (State is null || StateOf(i, statuses, publishedIds) == State)
            && (Author is null || string.Equals(i.Author, Author, StringComparison.OrdinalIgnoreCase))
            && (!Mine || waitingForMe.Contains(i.ContentItemId))
            && (Words is null || i.DisplayText.Contains(Words, StringComparison.CurrentCultureIgnoreCase)))];

    /// <summary>The address of another page of the same list (the public lists' way: empty filters left out).</summary>
    public string PageHref(string basePath, int page) =>
        basePath + QueryString.Create(new Dictionary<string, string?>
        {
            ["type"] = Type,
            ["etat"] = State,
            ["auteur"] = Author,
            ["attente"] = Mine ? "moi" : null,
            ["q"] = Words,
            ["page"] = page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent() + "#contenus";
}
