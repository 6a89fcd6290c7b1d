using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Html;
using Portal.Core.Settings;
using Portal.Core.Text;

namespace Portal.Admin.Forms;

/// <summary>
/// Renders the fields of a content record as an accessible form: every input has a label, required
/// fields say so in words, and errors sit next to their field, linked by aria-describedby.
/// </summary>
public sealed class RecordFormRenderer(FieldLabels labels)
{
    private const int BlankRows = 2;

    /// <summary>Renders the form; <paramref name="remarks"/> are reviewers' comments shown beside their field (by path).</summary>
    public IHtmlContent Render(Type type, JsonNode? values, IReadOnlyList<FieldError> errors, SiteSettings site, IReadOnlyDictionary<string, string>? remarks = null)
    {
        var html = new StringBuilder();
        RenderObject(html, type, string.Empty, values as JsonObject, errors, remarks ?? new Dictionary<string, string>(), site);
        return new HtmlString(html.ToString());
    }

    public static string IdOf(string path) =>
        "f-" + new string([.. path.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);

    private void RenderObject(StringBuilder html, Type type, string prefix, JsonObject? values, IReadOnlyList<FieldError> errors, IReadOnlyDictionary<string, string> remarks, SiteSettings site)
    {
        foreach (var field in RecordShape.Of(type))
        {
            var path = prefix + field.Name;
            var value = values?[field.Name];
            if (field.IsRecordList)
            {
                RenderList(html, field, path, value as JsonArray, errors, remarks, site);
            }
            else if (field.IsNestedRecord)
            {
                html.Append(CultureInfo.InvariantCulture, $"<fieldset class=\"subform\"><legend>{Encode(labels.For(field.Name))}</legend>");
                RenderObject(html, field.ValueType, path + ".", value as JsonObject, errors, remarks, site);
                html.Append("</fieldset>");
            }
            else
            {
                RenderInput(html, field, path, value, errors, remarks, site);
            }
        }
    }

    private void RenderList(StringBuilder html, RecordField field, string path, JsonArray? items, IReadOnlyList<FieldError> errors, IReadOnlyDictionary<string, string> remarks, SiteSettings site)
    {
        var count = (items?.Count ?? 0) + BlankRows;
        html.Append(CultureInfo.InvariantCulture, $"<fieldset class=\"subform\"><legend>{Encode(labels.For(field.Name))}</legend>");
        html.Append("<p class=\"hint\">Laissez une ligne vide pour ne rien ajouter ; videz une ligne pour la retirer.</p>");
        for (var i = 0; i < count; i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<fieldset class=\"subform-item\"><legend>{Encode(labels.For(field.Name))} — élément {i + 1}</legend>");
            RenderObject(html, field.ItemType!, $"{path}[{i}].", items is not null && i < items.Count ? items[i] as JsonObject : null, errors, remarks, site);
            html.Append("</fieldset>");
        }

        html.Append("</fieldset>");
    }

    private void RenderInput(StringBuilder html, RecordField field, string path, JsonNode? value, IReadOnlyList<FieldError> errors, IReadOnlyDictionary<string, string> remarks, SiteSettings site)
    {
        var id = IdOf(path);
        var error = errors.FirstOrDefault(e => e.Path == path);
        var remark = remarks.GetValueOrDefault(path);
        var described = string.Join(' ', new[] { error is null ? null : id + "-error", remark is null ? null : id + "-remarque" }.OfType<string>());
        var describedBy = (error is null ? string.Empty : " aria-invalid=\"true\"") + (described.Length == 0 ? string.Empty : $" aria-describedby=\"{described}\"");
        var required = field.Required && !field.HasDefault;
        var label = Encode(labels.For(field.Name)) + (required ? " <span class=\"required\">(obligatoire)</span>" : string.Empty);
        html.Append("<div class=\"field\">");
        if (field.ValueType == typeof(bool))
        {
            var isChecked = value?.GetValue<bool>() == true ? " checked" : string.Empty;
            html.Append(CultureInfo.InvariantCulture, $"<input type=\"checkbox\" id=\"{id}\" name=\"{Encode(path)}\" value=\"true\"{isChecked}{describedBy}> <label for=\"{id}\">{label}</label>");
        }
        else
        {
            html.Append(CultureInfo.InvariantCulture, $"<label for=\"{id}\">{label}</label>");
            var text = Encode(TextOf(field, value));
            var aria = (required ? " aria-required=\"true\"" : string.Empty) + describedBy;
            if (field.IsText && labels.ChoicesOf(field.Name, site) is { } choices)
            {
                RenderSelect(html, id, path, TextOf(field, value), choices, required, aria);
            }
            else if (field.IsStringList || (field.IsText && labels.IsLongText(field.Name)))
            {
                var markdown = field.IsText ? $" data-markdown=\"true\" maxlength=\"{MarkdownLimits.MaxLength}\"" : string.Empty;
                html.Append(CultureInfo.InvariantCulture, $"<textarea id=\"{id}\" name=\"{Encode(path)}\" rows=\"{(field.IsStringList ? 4 : 8)}\"{markdown}{aria}>{text}</textarea>");
                html.Append(field.IsText
                    ? French.Say($"<p class=\"hint\">Mise en forme Markdown : **gras**, *italique*, listes, [lien](https://…). {MarkdownLimits.MaxLength:N0} caractères au plus.</p>")
                    : French.Say($"<p class=\"hint\">{TextFields.MaxShortLength:N0} caractères au plus par ligne.</p>"));
            }
            else
            {
                var inputType = field.ValueType == typeof(DateOnly) ? "date" : field.ValueType == typeof(int) ? "number" : "text";
                var inputMode = field.ValueType == typeof(decimal) ? " inputmode=\"decimal\""
                    : field.IsText ? $" maxlength=\"{TextFields.MaxShortLength}\"" : string.Empty;
                html.Append(CultureInfo.InvariantCulture, $"<input type=\"{inputType}\" id=\"{id}\" name=\"{Encode(path)}\" value=\"{text}\"{inputMode}{aria}>");
            }
        }

        if (error is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"field-error\" id=\"{id}-error\">Erreur : {Encode(error.Message)}</p>");
        }

        if (remark is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"field-remark\" id=\"{id}-remarque\">Remarque du COPIL : {Encode(remark)}</p>");
        }

        html.Append("</div>");
    }

    /// <summary>A vocabulary field: its French labels to choose from; a stored key the vocabulary no longer has stays selectable, so nothing is lost.</summary>
    private static void RenderSelect(StringBuilder html, string id, string path, string current, IReadOnlyList<VocabularyTerm> choices, bool required, string aria)
    {
        html.Append(CultureInfo.InvariantCulture, $"<select id=\"{id}\" name=\"{Encode(path)}\"{aria}>");
        if (current.Length == 0 || !required)
        {
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"\"{(current.Length == 0 ? " selected" : string.Empty)}>— Choisir —</option>");
        }

        foreach (var term in choices)
        {
            var selected = term.Key == current ? " selected" : string.Empty;
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{Encode(term.Key)}\"{selected}>{Encode(term.Label)}</option>");
        }

        if (current.Length > 0 && choices.All(t => t.Key != current))
        {
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{Encode(current)}\" selected>{Encode(current)} (hors vocabulaire)</option>");
        }

        html.Append("</select>");
    }

    private static string TextOf(RecordField field, JsonNode? value) => value switch
    {
        null => string.Empty,
        JsonArray lines when field.IsStringList => string.Join('\n', lines.Select(l => l?.GetValue<string>())),
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v => v.ToJsonString(),
        _ => string.Empty,
    };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
