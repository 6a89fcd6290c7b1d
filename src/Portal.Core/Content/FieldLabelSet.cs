using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Settings;

namespace Portal.Core.Content;

/// <summary>
/// A module's French labels for the fields of its content records (by JSON name), and which of its text
/// fields are long Markdown. The back office reads them; the module that owns the record writes them.
/// </summary>
public sealed record FieldLabelSet(IReadOnlyDictionary<string, string> Labels, IReadOnlyCollection<string> LongTexts)
{
    /// <summary>Text fields whose value is a key of a site vocabulary (e.g. a response's decision): chosen from a list, never typed.</summary>
    public IReadOnlyDictionary<string, Func<SiteSettings, IReadOnlyList<VocabularyTerm>>> Choices { get; init; } =
        new Dictionary<string, Func<SiteSettings, IReadOnlyList<VocabularyTerm>>>();
}

/// <summary>Registration of a module's field labels.</summary>
public static class FieldLabelRegistration
{
    public static IServiceCollection AddFieldLabels(this IServiceCollection services, IReadOnlyDictionary<string, string> labels, params string[] longTexts) =>
        services.AddSingleton(new FieldLabelSet(labels, longTexts));

    public static IServiceCollection AddFieldLabels(this IServiceCollection services, FieldLabelSet set) => services.AddSingleton(set);
}
