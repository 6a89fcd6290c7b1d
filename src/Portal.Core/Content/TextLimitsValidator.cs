using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Core.Settings;
using Portal.Core.Text;

namespace Portal.Core.Content;

/// <summary>
/// Every text of every record within its length, and every Markdown text renderable within the display's
/// limits: what is saved can always be shown. Paths are the form fields' (<c>calendar[2].name</c>).
/// </summary>
internal sealed class TextLimitsValidator(IEnumerable<FieldLabelSet> fields) : IContentValidator
{
    /// <summary>The long Markdown fields, as the modules that own the records declared them.</summary>
    private readonly HashSet<string> _longTexts = [.. fields.SelectMany(f => f.LongTexts)];

    public IEnumerable<(string Path, string Message)> Validate(object content, SiteSettings settings)
    {
        ArgumentNullException.ThrowIfNull(content);
        var problems = new List<(string, string)>();
        Walk(JsonSerializer.SerializeToNode(content, content.GetType(), ContentTypeRegistry.JsonOptions), string.Empty, string.Empty, problems);
        return problems;
    }

    private void Walk(JsonNode? node, string path, string name, List<(string, string)> problems)
    {
        switch (node)
        {
            case JsonObject record:
                foreach (var (field, value) in record)
                {
                    Walk(value, path.Length == 0 ? field : $"{path}.{field}", field, problems);
                }

                break;
            case JsonArray items when items.All(i => i is JsonValue):
                // A list of lines is one form field: report it once, at the list.
                if (items.Select(i => i!.ToString()).FirstOrDefault(line => line.Length > TextFields.MaxShortLength) is { } tooLong)
                {
                    problems.Add((path, French.Say($"une ligne est trop longue : {tooLong.Length:N0} caractères pour {TextFields.MaxShortLength:N0} au plus.")));
                }

                break;
            case JsonArray items:
                for (var i = 0; i < items.Count; i++)
                {
                    Walk(items[i], $"{path}[{i}]", name, problems);
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                if (Check(name, text) is { } problem)
                {
                    problems.Add((path, problem));
                }

                break;
            default:
                break;
        }
    }

    private string? Check(string name, string text)
    {
        if (_longTexts.Contains(name))
        {
            return MarkdownRenderer.Validate(text);
        }

        return text.Length > TextFields.MaxShortLength
            ? French.Say($"ce texte est trop long : {text.Length:N0} caractères pour {TextFields.MaxShortLength:N0} au plus.")
            : null;
    }
}
