namespace Portal.OpenData.Datasets;

/// <summary>Columns several datasets share, named and described once.</summary>
internal static class CommonFields
{
    public const string SlugPattern = "[a-z0-9]+(-[a-z0-9]+)*";

    public const string KeyPattern = "[a-z0-9]+(-[a-z0-9]+)*";

    public const string CodePattern = "[A-Za-z0-9][A-Za-z0-9._-]{0,49}";

    public const string UrlPattern = "https?://.+";

    /// <summary>Several values in one cell are separated by this (never inside a value).</summary>
    public const string ListSeparator = " | ";

    public static DatasetField ProcessField => new("demarche", "Démarche", FieldType.String, "Adresse (slug) de la démarche, identifiant stable : https://…/demarches/{demarche}.", Required: true) { Pattern = SlugPattern };

    public static DatasetField PropositionCode => new("proposition", "Code de la proposition", FieldType.String, "Code stable de la proposition dans sa démarche (« P-12 »).", Required: true) { Pattern = CodePattern };

    public static DatasetField Permalink(string what) => new("permalien", "Lien permanent", FieldType.String, $"Adresse publique permanente {what}.", Required: true) { Format = "uri", Pattern = UrlPattern };

    public static DatasetField PublishedAt => new("date_publication", "Date de publication", FieldType.DateTime, "Instant (UTC) de la publication de la version diffusée.", Required: true);

    public static DatasetField ApprovedAt => new("date_validation", "Date de validation", FieldType.DateTime, "Instant (UTC) où le comité de pilotage a validé la version diffusée ; vide si elle a été publiée sans validation.");

    public static DatasetField Url(string name, string title, string description) => new(name, title, FieldType.String, description) { Format = "uri", Pattern = UrlPattern };

    public static DatasetField Count(string name, string title, string description, bool required = false) => new(name, title, FieldType.Integer, description, required) { Minimum = 0 };

    public static string? Join(IEnumerable<string> values)
    {
        var list = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Replace(" | ", " / ", StringComparison.Ordinal).Trim()).ToList();
        return list.Count == 0 ? null : string.Join(ListSeparator, list);
    }

    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
