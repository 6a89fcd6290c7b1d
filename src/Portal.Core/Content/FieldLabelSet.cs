using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Content;

/// <summary>
/// A module's French labels for the fields of its content records (by JSON name), and which of its text
/// fields are long Markdown. The back office reads them; the module that owns the record writes them.
/// </summary>
public sealed record FieldLabelSet(IReadOnlyDictionary<string, string> Labels, IReadOnlyCollection<string> LongTexts);

/// <summary>Registration of a module's field labels.</summary>
public static class FieldLabelRegistration
{
    public static IServiceCollection AddFieldLabels(this IServiceCollection services, IReadOnlyDictionary<string, string> labels, params string[] longTexts) =>
        services.AddSingleton(new FieldLabelSet(labels, longTexts));
}
