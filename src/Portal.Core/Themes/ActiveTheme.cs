using Portal.Core.Settings;

namespace Portal.Core.Themes;

/// <summary>The themes the host composed, in order (the first is the fallback).</summary>
public sealed class ThemeCatalogue(IEnumerable<ThemeDescriptor> themes)
{
    public IReadOnlyList<ThemeDescriptor> All { get; } = [.. themes];

    public ThemeDescriptor? Find(string key) => All.FirstOrDefault(t => string.Equals(t.Key, key, StringComparison.Ordinal));

    /// <summary>The theme of the key, or the first one when the key names no theme (a theme removed from the build).</summary>
    public ThemeDescriptor Resolve(string key) => Find(key) ?? All[0];
}

/// <summary>The theme and identity of this request, read once from the settings.</summary>
public sealed class ActiveTheme(SiteSettingsStore store, ThemeCatalogue catalogue)
{
    private ThemeSettings? _settings;

    public async Task<ThemeSettings> SettingsAsync(CancellationToken cancellationToken = default) =>
        _settings ??= (await store.GetAsync(cancellationToken)).Section<ThemeSettings>(ThemeSettings.Key);

    public async Task<ThemeDescriptor> ThemeAsync(CancellationToken cancellationToken = default) =>
        catalogue.Resolve((await SettingsAsync(cancellationToken)).Theme);
}
