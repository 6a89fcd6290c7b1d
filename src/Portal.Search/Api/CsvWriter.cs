using System.Text;
using Portal.Core.Text;

namespace Portal.Search.Api;

/// <summary>The search export's CSV: <see cref="SpreadsheetCsv"/> (« ; », quoted cells, no formula ever runs).</summary>
public static class CsvWriter
{
    public const char Separator = SpreadsheetCsv.Separator;

    public static string Line(IEnumerable<string?> cells) => SpreadsheetCsv.Line(cells);

    public static string Cell(string? value) => SpreadsheetCsv.Cell(value);

    /// <summary>UTF-8 with a byte order mark, so spreadsheets read accents right.</summary>
    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
}
