using System.Text;

namespace Portal.Search.Api;

/// <summary>
/// Writes CSV for spreadsheets: « ; » separator (what French Excel expects), quoted cells, and cells that
/// start with = + - @ (or a tab / carriage return) prefixed with ' so no formula ever runs.
/// </summary>
public static class CsvWriter
{
    public const char Separator = ';';

    public static string Line(IEnumerable<string?> cells) =>
        string.Join(Separator, cells.Select(Cell)) + "\r\n";

    public static string Cell(string? value)
    {
        var text = value ?? string.Empty;
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.IndexOfAny([Separator, '"', '\n', '\r', ',']) >= 0 || text.StartsWith('\'')
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }

    /// <summary>UTF-8 with a byte order mark, so spreadsheets read accents right.</summary>
    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
}
