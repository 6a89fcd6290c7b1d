using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Core.Content;

/// <summary>Maps content type names to the C# records that hold their versions.</summary>
public sealed class ContentTypeRegistry
{
    public static readonly JsonSerializerOptions JsonOptions = CreateJsonOptions();

    private readonly Dictionary<string, Type> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, string> _byType = [];
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Names => _byName.Keys;

    /// <summary>Registers a type under its document name, with its French label in lower case (« réponse motivée »).</summary>
    public void Register(string name, Type type, string label)
    {
        if (_byName.TryGetValue(name, out var existing) && existing != type)
        {
            throw new InvalidOperationException($"Content type '{name}' is already registered for {existing.Name}.");
        }

        _byName[name] = type;
        _byType[type] = name;
        _labels[name] = label;
    }

    /// <summary>The French name of a content type for titles and lists; the type name itself if unknown.</summary>
    public string LabelOf(string name) => _labels.TryGetValue(name, out var label) ? label : name;

    /// <summary>The label at the start of a line or a title: « Mandat de participation ».</summary>
    public string CapitalizedLabelOf(string name)
    {
        var label = LabelOf(name);
        return label.Length == 0 ? label : char.ToUpper(label[0], Text.French.Culture) + label[1..];
    }

    public string NameOf(Type type) =>
        _byType.TryGetValue(type, out var name)
            ? name
            : throw new InvalidOperationException($"{type.Name} is not a registered content type.");

    public string NameOf<T>() => NameOf(typeof(T));

    public bool TryGetType(string name, out Type type) => _byName.TryGetValue(name, out type!);

    public static string Serialize(object content) => JsonSerializer.Serialize(content, content.GetType(), JsonOptions);

    public object Deserialize(string contentType, string json)
    {
        if (!_byName.TryGetValue(contentType, out var type))
        {
            throw new InvalidOperationException($"Unknown content type '{contentType}'.");
        }

        return JsonSerializer.Deserialize(json, type, JsonOptions)
            ?? throw new InvalidOperationException($"Empty document for content type '{contentType}'.");
    }

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            // Nulls are written: a nullable parameter without a default is required on reading.
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
