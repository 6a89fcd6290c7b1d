using System.Globalization;
using System.Text;
using Portal.Processes.Content;

namespace Portal.Processes.Recipes;

/// <summary>Stable content item ids of a process's sections, derived from the process id and natural keys.</summary>
public static class ProcessItemIds
{
    public static string Section(string processId, string section) => $"{processId}/{section}";

    public static string Speaker(string processId, string name) => $"{processId}/intervenant/{Slugify(name)}";

    /// <summary>A document of a process, named by its type and title (cut short: an id stays under the column's length).</summary>
    public static string Document(string processId, DocumentItem document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var title = Slugify(document.Title);
        return $"{processId}/document/{document.DocumentType}-{(title.Length > 60 ? title[..60].TrimEnd('-') : title)}";
    }

    public static string Proposition(string processId, string code) => $"{processId}/proposition/{code}";

    public static string Response(string propositionId) => $"{propositionId}/reponse";

    /// <summary>The follow-up committee's assessment of a proposition: one per proposition, at a known id (the permalink reads it by id).</summary>
    public static string Assessment(string propositionId) => $"{propositionId}/appreciation";

    /// <summary>The follow-up committee's scores per theme of a process: one per process, at a known id (the dashboard reads it by id).</summary>
    public static string CommitteeScores(string processId) => Section(processId, "notes-comite-suivi");

    public static string FollowUp(string propositionId, int rank) => $"{propositionId}/suivi/{rank.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Lower-case ASCII with dashes: « Élise Dupré-Martin » gives <c>elise-dupre-martin</c>.</summary>
    public static string Slugify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }
}
