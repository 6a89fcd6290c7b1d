using System.Text;

namespace Portal.Core.Text;

/// <summary>
/// CSV for spreadsheets: « ; » separator (what French Excel expects), quoted cells, and cells that start with
/// = + - @ (or a tab / carriage return) prefixed with ' so no formula ever runs; UTF-8 with a byte order mark.
/// </summary>
public static class SpreadsheetCsv
{
    public const char Separator = ';';

    private static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static string Line(IEnumerable<string?> cells) => string.Join(Separator, cells.Select(Cell)) + "\r\n";

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

    /// <summary>The bytes of a whole file, byte order mark first, so spreadsheets read accents right.</summary>
    public static byte[] Bytes(string csv) => [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(csv)];
}
