using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Portal.Core.Content;
using Portal.Core.Recipes;

namespace Portal.Admin.Forms;

/// <summary>
/// Reads a content record from a posted form whose field names are the record's JSON paths
/// (<c>calendar[2].start</c>). Builds the JSON document first, so the record is made by the same
/// strict deserializer as recipes; every problem comes back with its path and a French message.
/// </summary>
public static class RecordFormBinder
{
    /// <summary>The record when valid; the posted values as JSON either way, to show them again unchanged.</summary>
    public static (object? Record, JsonObject Values, List<FieldError> Errors) Bind(Type type, IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new List<FieldError>();
        var json = BindObject(type, string.Empty, form, errors);
        if (errors.Count > 0)
        {
            return (null, json, errors);
        }

        try
        {
            return (json.Deserialize(type, ContentTypeRegistry.JsonOptions), json, errors);
        }
        catch (JsonException exception)
        {
            errors.Add(new FieldError(exception.Path?.TrimStart('$', '.') ?? string.Empty, RecipeJson.Describe(exception)));
            return (null, json, errors);
        }
    }

    private static JsonObject BindObject(Type type, string prefix, IFormCollection form, List<FieldError> errors)
    {
        var json = new JsonObject();
        foreach (var field in RecordShape.Of(type))
        {
            var path = prefix + field.Name;
            var node = BindField(field, path, form, errors);
            if (node is not null || !field.HasDefault)
            {
                json[field.Name] = node;
            }
        }

        return json;
    }

    private static JsonNode? BindField(RecordField field, string path, IFormCollection form, List<FieldError> errors)
    {
        if (field.IsStringList)
        {
            var lines = Value(form, path).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
            return new JsonArray([.. lines.Select(l => (JsonNode)JsonValue.Create(l))]);
        }

        if (field.IsRecordList)
        {
            var items = new JsonArray();
            for (var i = 0; HasPrefix(form, $"{path}[{i}]"); i++)
            {
                var itemPrefix = $"{path}[{i}].";
                if (AllBlank(form, itemPrefix))
                {
                    continue;
                }

                items.Add(BindObject(field.ItemType!, itemPrefix, form, errors));
            }

            return items;
        }

        if (field.IsNestedRecord)
        {
            return AllBlank(form, path + ".") && !field.Required ? null : BindObject(field.ValueType, path + ".", form, errors);
        }

        var raw = Value(form, path).Trim();
        if (field.ValueType == typeof(bool))
        {
            return JsonValue.Create(form[path].Any(v => v == "true"));
        }

        if (raw.Length == 0)
        {
            // A text the form marks « (obligatoire) » (required, no default) is enforced here, not only in the browser.
            if (field.IsText && field.Required && field.HasDefault)
            {
                return JsonValue.Create(string.Empty);
            }

            if (field.Required)
            {
                errors.Add(new FieldError(path, "ce champ est obligatoire"));
            }

            return null;
        }

        return Convert(field.ValueType, raw, path, errors);
    }

    private static JsonValue? Convert(Type type, string raw, string path, List<FieldError> errors)
    {
        if (type == typeof(string))
        {
            return JsonValue.Create(raw.Replace("\r\n", "\n", StringComparison.Ordinal));
        }

        if (type == typeof(int))
        {
            if (int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            {
                return JsonValue.Create(number);
            }

            errors.Add(new FieldError(path, "nombre entier attendu"));
            return JsonValue.Create(raw);
        }

        if (type == typeof(decimal))
        {
            if (decimal.TryParse(raw.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
            {
                return JsonValue.Create(number);
            }

            errors.Add(new FieldError(path, "nombre attendu (par exemple 12,5)"));
            return JsonValue.Create(raw);
        }

        if (type == typeof(DateOnly))
        {
            if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                || DateOnly.TryParseExact(raw, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                return JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            errors.Add(new FieldError(path, "date attendue (jj/mm/aaaa)"));
            return JsonValue.Create(raw);
        }

        throw new NotSupportedException($"Fields of type {type.Name} are not editable in forms.");
    }

    private static string Value(IFormCollection form, string key) => form.TryGetValue(key, out var values) ? values.ToString() : string.Empty;

    private static bool HasPrefix(IFormCollection form, string prefix) => form.Keys.Any(k => k.StartsWith(prefix, StringComparison.Ordinal));

    private static bool AllBlank(IFormCollection form, string prefix) =>
        form.Where(f => f.Key.StartsWith(prefix, StringComparison.Ordinal)).All(f => string.IsNullOrWhiteSpace(f.Value.ToString()) || f.Value.ToString() == "false");
}

/// <summary>A problem with one field, by its path (the form field's name).</summary>
public sealed record FieldError(string Path, string Message);
