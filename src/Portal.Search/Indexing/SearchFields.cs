namespace Portal.Search.Indexing;

/// <summary>Field names of the Lucene documents.</summary>
internal static class SearchFields
{
    public const string Id = "id";
    public const string ProcessId = "processId";
    public const string Type = "type";
    public const string Title = "title";
    public const string Body = "body";
    public const string Code = "code";

    /// <summary>A proposition's response, searched with its proposition.</summary>
    public const string Response = "response";

    /// <summary>A proposition's follow-ups, searched with its proposition.</summary>
    public const string FollowUps = "followUps";
    public const string ProcessSlug = "processSlug";
    public const string Organiser = "organiser";

    /// <summary>The address (slug) of the organisation that owns the process, when one does.</summary>
    public const string Organisation = "organisation";
    public const string Theme = "theme";
    public const string Year = "year";
    public const string Decision = "decision";
    public const string FollowUpStatus = "followUp";
    public const string Date = "date";

    /// <summary>Binary doc value holding a <see cref="DisplayRecord"/>.</summary>
    public const string Display = "display";

    /// <summary>Stored field with the whole body, read only when a request asks for full texts (API, CSV).</summary>
    public const string FullText = "texte";

    /// <summary>Fields that are filters with counts; each is indexed as a keyword and as sorted-set doc values.</summary>
    public static readonly string[] Facets = [Type, ProcessSlug, Organisation, Organiser, Theme, Decision, FollowUpStatus, Year];

    /// <summary>
    /// The facets the search page offers: the owning organisation rather than the free organiser text, which says the
    /// same thing less reliably (the API still filters and counts both).
    /// </summary>
    public static readonly string[] PageFacets = [.. Facets.Where(f => f != Organiser)];
}
