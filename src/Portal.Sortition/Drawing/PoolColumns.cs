using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Sortition.Drawing;

/// <summary>
/// Recognises, by header and by content, the pool columns that must not become public features:
/// identifiers (never public), contact details (private by default; refused as public when the values
/// themselves are e-mail addresses, phone numbers or dates), and columns whose values single people out.
/// </summary>
public static partial class PoolColumns
{
    /// <summary>A public column with at least this share of distinct values would identify volunteers.</summary>
    public const double IdentifyingShare = 0.9;

    /// <summary>Below this many volunteers the distinct-values test says nothing.</summary>
    public const int IdentifyingMinimumRows = 10;

    private static readonly HashSet<string> IdentifierWords = new(StringComparer.Ordinal)
    {
        "id", "ids", "ident", "identifiant", "identifier", "matricule", "uuid", "numero", "num", "no", "n", "ref", "reference", "dossier",
    };

    private static readonly HashSet<string> ContactWords = new(StringComparer.Ordinal)
    {
        "nom", "noms", "prenom", "prenoms", "name", "firstname", "lastname", "surname", "email", "mail", "courriel", "telephone", "tel", "phone",
        "portable", "mobile", "adresse", "address", "rue", "voie", "postal", "naissance", "birth", "birthdate", "birthday", "ddn", "contact",
    };

    /// <summary>An identifier-like header (« id », « Identifiant », « N° dossier »…).</summary>
    public static bool IsIdentifier(string header) => Words(header).Any(IdentifierWords.Contains);

    /// <summary>A contact-looking header (« prénom », « Téléphone », « date de naissance », « e-mail »…).</summary>
    public static bool IsContactHeader(string header) => Words(header).Any(ContactWords.Contains) || Squashed(header) is "email" or "datedenaissance";

    /// <summary>What the values look like when most of them are contact data, else null.</summary>
    public static string? ContactContent(IReadOnlyCollection<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var filled = values.Where(v => v.Length > 0).ToList();
        if (filled.Count == 0)
        {
            return null;
        }

        bool Most(Func<string, bool> test) => filled.Count(test) * 2 > filled.Count;
        return Most(v => EmailPattern().IsMatch(v)) ? "des adresses électroniques"
            : Most(v => PhonePattern().IsMatch(v) && v.Count(char.IsAsciiDigit) is >= 9 and <= 15) ? "des numéros de téléphone"
            : Most(v => DatePattern().IsMatch(v)) ? "des dates (de naissance ?)"
            : null;
    }

    private static string[] Words(string header)
    {
        var plain = new StringBuilder();
        foreach (var c in header.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(char.IsLetterOrDigit(c) ? c : ' ');
            }
        }

        return plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private static string Squashed(string header) => string.Concat(Words(header));

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9][0-9 .()\-]{7,}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^(\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}-\d{2}-\d{2})$")]
    private static partial Regex DatePattern();
}
