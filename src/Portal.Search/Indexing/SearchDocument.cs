namespace Portal.Search.Indexing;

/// <summary>One searchable thing as the index holds it: its text, permalink and facet values.</summary>
public sealed record SearchDocument(
    string Id,
    string Type,
    string Title,
    string Body,
    string Url,
    string ProcessId,
    string ProcessSlug,
    string ProcessTitle,
    string Organiser,
    IReadOnlyList<string> Themes,
    int Year,
    DateOnly Date,
    string? Code = null,
    string? Decision = null,
    string? FollowUpStatus = null)
{
    /// <summary>A proposition's response (motivation, body in charge, commitments), searched as its own field.</summary>
    public string? ResponseText { get; init; }

    /// <summary>A proposition's follow-ups, searched as their own field.</summary>
    public string? FollowUpsText { get; init; }

    /// <summary>The address of the organisation owning the process, or null when none does.</summary>
    public string? Organisation { get; init; }
}

/// <summary>The kinds of searchable things; the keys travel in URLs (<c>?type=proposition</c>).</summary>
public static class SearchTypes
{
    public const string Process = "demarche";
    public const string Proposition = "proposition";
    public const string Response = "reponse";
    public const string FollowUp = "suivi";
    public const string Speaker = "intervenant";
    public const string Document = "document";

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Process] = "Démarche",
        [Proposition] = "Proposition",
        [Response] = "Réponse motivée",
        [FollowUp] = "Suivi",
        [Speaker] = "Intervenant",
        [Document] = "Document",
    };
}
