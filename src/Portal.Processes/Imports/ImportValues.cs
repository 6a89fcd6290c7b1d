using System.Globalization;
using System.Text.RegularExpressions;
using Portal.Core.Settings;
using Portal.Processes.Content;

namespace Portal.Processes.Imports;

/// <summary>Reads the typed values of a line (numbers, dates, vocabulary keys, proposition codes); a bad value is a French message, never a silent default.</summary>
public static partial class ImportValues
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "dd.MM.yyyy"];

    /// <summary>Words of real exports for each author kind, beside the keys and French labels.</summary>
    private static readonly Dictionary<string, string> AuthorWords = new(StringComparer.Ordinal)
    {
        ["citoyenne"] = "citoyen", ["citizen"] = "citoyen", ["particulier"] = "citoyen", ["habitant"] = "citoyen", ["user"] = "citoyen",
        ["association"] = "organisation", ["entreprise"] = "organisation", ["collectif"] = "organisation", ["organization"] = "organisation",
        ["user_group"] = "organisation", ["groupe"] = "organisation", ["government"] = "gouvernement", ["administration"] = "gouvernement",
        ["etat"] = "gouvernement", ["collectivite"] = "gouvernement", ["official"] = "gouvernement", ["officiel"] = "gouvernement",
    };

    public static bool TryCount(string? cell, out int? count)
    {
        count = null;
        if (cell is null)
        {
            return true;
        }

        var digits = cell.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00a0", string.Empty, StringComparison.Ordinal).Replace("\u202f", string.Empty, StringComparison.Ordinal);
        if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            count = value;
            return true;
        }

        return false;
    }

    /// <summary>ISO dates (also the date part of a timestamp: <c>2019-01-17 10:22:33 UTC</c>) and French day/month/year.</summary>
    public static bool TryDate(string? cell, out DateOnly? date)
    {
        date = null;
        if (cell is null)
        {
            return true;
        }

        var text = IsoStart().Match(cell) is { Success: true } iso ? iso.Value : cell.Trim();
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            date = value;
            return true;
        }

        return false;
    }

    /// <summary>The key of the term whose key or label is <paramref name="cell"/> (accents and case aside).</summary>
    public static string? Term(IReadOnlyList<VocabularyTerm> terms, string cell)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var wanted = ImportColumns.Normalise(cell);
        return terms.FirstOrDefault(t => ImportColumns.Normalise(t.Key) == wanted || ImportColumns.Normalise(t.Label) == wanted)?.Key;
    }

    public static string? AuthorKind(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return Term(AuthorKinds.All, cell) ?? AuthorWords.GetValueOrDefault(ImportColumns.Normalise(cell));
    }

    public static string Labels(IReadOnlyList<VocabularyTerm> terms) => string.Join(", ", terms.Select(t => $"« {t.Label} »"));

    /// <summary>
    /// The proposition codes a cell names: a code, or links to proposals (Decidim's <c>proposal_urls</c>, several
    /// separated by spaces, commas or semicolons), whose last path segment is the code.
    /// </summary>
    public static IReadOnlyList<string> Codes(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (!cell.Contains("://", StringComparison.Ordinal))
        {
            return [cell.Trim()];
        }

        return [.. Separators().Split(cell).Where(part => part.Length > 0)
            .Select(part => Uri.TryCreate(part, UriKind.Absolute, out var uri) ? uri.AbsolutePath.TrimEnd('/').Split('/')[^1] : part)
            .Where(code => code.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>Addresses in a cell, one per line or separated by spaces or « | ».</summary>
    public static IReadOnlyList<string> Addresses(string? cell) =>
        cell is null ? [] : [.. Separators().Split(cell).Where(part => part.Length > 0)];

    /// <summary>Lines of a list cell (one per line or separated by « | »).</summary>
    public static IReadOnlyList<string> Lines(string? cell) =>
        cell is null ? [] : [.. cell.Split(['\n', '\r', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(?=$|[ T])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoStart();

    [GeneratedRegex(@"[\s,;|]+", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();
}
