using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Settings;

/// <summary>A module's settings document: the key of its row in the settings table and the type it reads as.</summary>
public sealed record SettingsSection(string Key, Type Type);

/// <summary>Registration of a module's settings document.</summary>
public static class SettingsSectionRegistration
{
    public static IServiceCollection AddSettingsSection<T>(this IServiceCollection services, string key)
        where T : class, new()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return services.AddSingleton(new SettingsSection(key, typeof(T)));
    }
}
