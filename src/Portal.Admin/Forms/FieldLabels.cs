using Portal.Core.Content;
using Portal.Core.Settings;

namespace Portal.Admin.Forms;

/// <summary>
/// French labels of record fields, and which texts are long Markdown, gathered from the sets the modules
/// register for their own records (<see cref="FieldLabelSet"/>). Two modules naming one field differently
/// is refused at start: a field name reads the same everywhere in the back office.
/// </summary>
public sealed class FieldLabels
{
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);
    private readonly HashSet<string> _longTexts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<SiteSettings, IReadOnlyList<VocabularyTerm>>> _choices = new(StringComparer.Ordinal);

    public FieldLabels(IEnumerable<FieldLabelSet> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        foreach (var set in sets)
        {
            foreach (var (name, label) in set.Labels)
            {
                if (_labels.TryGetValue(name, out var existing) && existing != label)
                {
                    throw new InvalidOperationException($"Field '{name}' is labelled both « {existing} » and « {label} ».");
                }

                _labels[name] = label;
            }

            _longTexts.UnionWith(set.LongTexts);
            foreach (var (name, choices) in set.Choices)
            {
                _choices[name] = choices;
            }
        }
    }

    public string For(string name) => _labels.TryGetValue(name, out var label) ? label : name;

    public bool IsLongText(string name) => _longTexts.Contains(name);

    /// <summary>The terms a field's value is chosen from, or null for a free field.</summary>
    public IReadOnlyList<VocabularyTerm>? ChoicesOf(string name, SiteSettings site) => _choices.TryGetValue(name, out var choices) ? choices(site) : null;

    /// <summary>A diff path in words: <c>calendar[0].name</c> gives « Calendrier n° 1 › Nom ».</summary>
    public string ForPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return string.Join(" › ", path.Split('.').Select(segment =>
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            return bracket < 0 || !int.TryParse(segment[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture, out var index)
                ? For(segment)
                : $"{For(segment[..bracket])} n° {index + 1}";
        }));
    }
}
