using Portal.Core.Public;
using Portal.Core.Settings;
using Portal.OpenData.Reading;

namespace Portal.OpenData.Datasets;

/// <summary>
/// One dataset: its stable name (the file's name), what it holds, its columns and the rows it draws from published
/// content. A row's values are in the order of <see cref="Fields"/>: text, numbers, booleans, dates, instants or null.
/// </summary>
public sealed record Dataset(
    string Name,
    string Title,
    string Description,
    IReadOnlyList<DatasetField> Fields,
    IReadOnlyList<string> PrimaryKey,
    Func<DatasetContext, PublishedProcessContent, IEnumerable<object?[]>> RowsOf)
{
    /// <summary>The version of every schema; a change of columns makes a new version, and the old address stays.</summary>
    public const string SchemaVersion = "1.0.0";

    public string CsvPath => $"/donnees/{Name}.csv";

    public string JsonPath => $"/donnees/{Name}.json";

    public string SchemaPath => $"/donnees/schemas/{Name}/{SchemaVersion}/schema.json";

    /// <summary>The rows of every process of the snapshot, or of those given.</summary>
    public IEnumerable<object?[]> Rows(DatasetContext context, IEnumerable<PublishedProcessContent> processes) =>
        processes.SelectMany(p => RowsOf(context, p));
}

/// <summary>What rows need besides the content: the labels of the site's vocabularies and the public address for permalinks.</summary>
public sealed record DatasetContext(SiteSettings Site, PublicSite PublicSite)
{
    public string ProcessUrl(PublishedProcessContent process, string? fragment = null)
    {
        ArgumentNullException.ThrowIfNull(process);
        return PublicSite.Url($"/demarches/{process.Slug}" + (fragment is null ? string.Empty : "#" + fragment));
    }

    public string PropositionUrl(PublishedProcessContent process, string code)
    {
        ArgumentNullException.ThrowIfNull(process);
        return PublicSite.Url($"/demarches/{process.Slug}/propositions/{Uri.EscapeDataString(code)}");
    }
}
