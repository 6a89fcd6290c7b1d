using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Search.Querying;

/// <summary>
/// What a user typed, read tolerantly: quoted phrases and words. Nothing is an operator, so no input can
/// fail to parse; an unclosed quote simply ends at the end of the text.
/// </summary>
public sealed partial record UserQuery(IReadOnlyList<string> Words, IReadOnlyList<string> Phrases)
{
    public const int MaxLength = 500;
    public const int MaxParts = 32;

    public bool IsEmpty => Words.Count == 0 && Phrases.Count == 0;

    /// <summary>A single proposition-code-like word (<c>P-12</c>, <c>SD-A1.1</c>), searched as a keyword first.</summary>
    public string? Code => Phrases.Count == 0 && Words.Count == 1 && CodePattern().IsMatch(Words[0]) ? Words[0] : null;

    public static UserQuery Parse(string? text)
    {
        var input = (text ?? string.Empty).Length > MaxLength ? text![..MaxLength] : text ?? string.Empty;
        var words = new List<string>();
        var phrases = new List<string>();
        var current = new StringBuilder();
        var inPhrase = false;
        foreach (var c in input)
        {
            if (c is '"' or '«' or '»' or '“' or '”')
            {
                Flush(current, inPhrase ? phrases : words, inPhrase);
                inPhrase = c is '"' ? !inPhrase : c is '«' or '“';
            }
            else if (!inPhrase && char.IsWhiteSpace(c))
            {
                Flush(current, words, false);
            }
            else
            {
                current.Append(c);
            }
        }

        Flush(current, inPhrase ? phrases : words, inPhrase);
        return new UserQuery(words.Take(MaxParts).ToList(), phrases.Take(MaxParts).ToList());
    }

    private static void Flush(StringBuilder current, List<string> target, bool phrase)
    {
        var value = current.ToString().Trim();
        current.Clear();
        // Query-syntax characters carry no meaning here; trimming them keeps « (climat » equal to « climat ».
        value = phrase ? value : value.Trim('(', ')', '[', ']', '{', '}', '+', '!', '^', '~', '*', '?', ':', '\\', '/', ',', ';', '.');
        if (value.Length > 0 && value.Any(char.IsLetterOrDigit))
        {
            target.Add(value);
        }
    }

    [GeneratedRegex(@"^[A-Za-z]{1,6}-[A-Za-z0-9]+(\.[A-Za-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
