using System.Text.Json;
using Portal.Core.Content;

namespace Portal.Core.Recipes;

/// <summary>JSON rules for recipes: the same strict options as content documents.</summary>
public static class RecipeJson
{
    public static JsonSerializerOptions Options => ContentTypeRegistry.JsonOptions;

    /// <summary>A French reading of a System.Text.Json error, without its own path noise.</summary>
    public static string Describe(JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return "forme JSON invalide (" + (cut > 0 ? message[..cut] : message) + ")";
    }
}
