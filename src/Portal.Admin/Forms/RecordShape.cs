using System.Reflection;
using System.Text.Json;

namespace Portal.Admin.Forms;

/// <summary>
/// The editable fields of a content record, read from its primary constructor: names (as in its JSON
/// documents and in form field names), types, and whether a value is required.
/// </summary>
public sealed record RecordField(string Name, Type Type, bool Required, bool HasDefault)
{
    public Type ValueType => Nullable.GetUnderlyingType(Type) ?? Type;

    public Type? ItemType => Type.IsGenericType && Type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? Type.GetGenericArguments()[0] : null;

    public bool IsText => ValueType == typeof(string);

    public bool IsStringList => ItemType == typeof(string);

    public bool IsRecordList => ItemType is { } item && item != typeof(string);

    public bool IsNestedRecord => !IsText && ItemType is null && ValueType.IsClass;
}

public static class RecordShape
{
    private static readonly NullabilityInfoContext Nullability = new();

    public static IReadOnlyList<RecordField> Of(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        return constructor.GetParameters()
            .Select(p => new RecordField(
                JsonNamingPolicy.CamelCase.ConvertName(p.Name!),
                p.ParameterType,
                Required: !p.HasDefaultValue && Nullability.Create(p).WriteState != NullabilityState.Nullable,
                HasDefault: p.HasDefaultValue))
            .ToList();
    }
}
