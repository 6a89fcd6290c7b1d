namespace Portal.Search.Thesaurus;

/// <summary>The thesaurus as administrators edited it (a site settings section); no text means the file shipped with the portal.</summary>
public sealed record ThesaurusSettings
{
    public const string Key = "recherche-thesaurus";

    public string? Text { get; init; }
}
