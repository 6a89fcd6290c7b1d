using System.Text.Json.Serialization;

namespace Portal.Core.Settings;

/// <summary>
/// Site-wide settings an administrator (or the setup recipe) chooses. A module's own settings (the Processes module's
/// vocabularies…) are its own documents in the same table, registered with
/// <see cref="SettingsSectionRegistration.AddSettingsSection{T}"/> and read here through <see cref="Section{T}"/>.
/// </summary>
public sealed record SiteSettings
{
    public string SiteName { get; init; } = "Portail de la participation citoyenne";

    public string Tagline { get; init; } = "Ce que les citoyens ont proposé, ce qui en a été fait.";

    /// <summary>The body named on validation stamps (« Validé par le COPIL … »).</summary>
    public string CopilName { get; init; } = "comité de pilotage";

    /// <summary>The modules' settings documents read with these, by key (never written as part of the site's own document).</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, object> Sections { get; init; } = new Dictionary<string, object>();

    /// <summary>A module's settings document, or its defaults when none was stored.</summary>
    public T Section<T>(string key)
        where T : class, new() =>
        Sections.TryGetValue(key, out var section) && section is T typed ? typed : new T();
}

/// <summary>One term of a configurable vocabulary: a stable key and its French label.</summary>
public sealed record VocabularyTerm(string Key, string Label);
