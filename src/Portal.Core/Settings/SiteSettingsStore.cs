using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Caching;
using Portal.Core.Content;
using Portal.Core.Data;

namespace Portal.Core.Settings;

/// <summary>
/// Reads and writes <see cref="SiteSettings"/>, a JSON document in the SiteSettings table, and the modules' own
/// settings documents beside it (one row each, under the key they registered).
/// </summary>
public sealed class SiteSettingsStore(PortalDbContext db, TimeProvider clock, PublicCacheEvictions evictions, IEnumerable<SettingsSection> sections)
{
    internal const string Key = "site";

    public async Task<SiteSettings> GetAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.SiteSettings.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Value, StringComparer.Ordinal, cancellationToken);
        var site = rows.TryGetValue(Key, out var json)
            ? JsonSerializer.Deserialize<SiteSettings>(json, ContentTypeRegistry.JsonOptions) ?? new SiteSettings()
            : new SiteSettings();
        var read = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            if (rows.TryGetValue(section.Key, out var value) && JsonSerializer.Deserialize(value, section.Type, ContentTypeRegistry.JsonOptions) is { } typed)
            {
                read[section.Key] = typed;
            }
        }

        return site with { Sections = read };
    }

    /// <summary>Stores the site's own settings; returns false when they were already exactly these.</summary>
    public Task<bool> SetAsync(SiteSettings settings, CancellationToken cancellationToken = default) =>
        SetDocumentAsync(Key, settings, cancellationToken);

    /// <summary>Stores a module's settings document under its registered key; returns false when unchanged.</summary>
    public Task<bool> SetSectionAsync<T>(string key, T section, CancellationToken cancellationToken = default)
        where T : class
    {
        if (!sections.Any(s => s.Key == key && s.Type == typeof(T)))
        {
            throw new InvalidOperationException($"No settings section '{key}' of type {typeof(T).Name} is registered.");
        }

        return SetDocumentAsync(key, section, cancellationToken);
    }

    private async Task<bool> SetDocumentAsync<T>(string key, T document, CancellationToken cancellationToken)
        where T : class
    {
        var json = JsonSerializer.Serialize(document, ContentTypeRegistry.JsonOptions);
        var row = await db.SiteSettings.SingleOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (row is null)
        {
            db.SiteSettings.Add(new SiteSetting { Key = key, Value = json, ModifiedUtc = clock.GetUtcNow().UtcDateTime });
        }
        else if (JsonSerializer.Serialize(JsonSerializer.Deserialize<T>(row.Value, ContentTypeRegistry.JsonOptions), ContentTypeRegistry.JsonOptions) != json)
        {
            row.Value = json;
            row.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        }
        else
        {
            return false;
        }

        await db.SaveChangesAsync(cancellationToken);
        // Labels and vocabularies show on every page.
        await evictions.AfterCommitAsync(db, [PublicCache.SiteTag], cancellationToken);
        return true;
    }
}
