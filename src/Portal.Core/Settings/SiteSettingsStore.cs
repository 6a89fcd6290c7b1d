using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Caching;
using Portal.Core.Content;
using Portal.Core.Data;

namespace Portal.Core.Settings;

/// <summary>Reads and writes <see cref="SiteSettings"/>, a JSON document in the SiteSettings table.</summary>
public sealed class SiteSettingsStore(PortalDbContext db, TimeProvider clock, PublicCacheEvictions evictions)
{
    internal const string Key = "site";

    public async Task<SiteSettings> GetAsync(CancellationToken cancellationToken = default)
    {
        var row = await db.SiteSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Key == Key, cancellationToken);
        return row is null
            ? new SiteSettings()
            : JsonSerializer.Deserialize<SiteSettings>(row.Value, ContentTypeRegistry.JsonOptions) ?? new SiteSettings();
    }

    /// <summary>Stores the settings; returns false when they were already exactly these.</summary>
    public async Task<bool> SetAsync(SiteSettings settings, CancellationToken cancellationToken = default)
    {
        var json = JsonSerializer.Serialize(settings, ContentTypeRegistry.JsonOptions);
        var row = await db.SiteSettings.SingleOrDefaultAsync(s => s.Key == Key, cancellationToken);
        if (row is null)
        {
            db.SiteSettings.Add(new SiteSetting { Key = Key, Value = json, ModifiedUtc = clock.GetUtcNow().UtcDateTime });
        }
        else if (JsonSerializer.Serialize(JsonSerializer.Deserialize<SiteSettings>(row.Value, ContentTypeRegistry.JsonOptions), ContentTypeRegistry.JsonOptions) != json)
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
