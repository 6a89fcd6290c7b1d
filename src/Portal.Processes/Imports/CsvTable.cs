using System.Text;

namespace Portal.Processes.Imports;

/// <summary>
/// Reads a CSV file as spreadsheets write it: UTF-8 (with or without BOM) or Windows-1252, separated by
/// <c>,</c> or <c>;</c> (guessed from the header), quoted fields with doubled quotes and line breaks.
/// </summary>
public static class CsvTable
{
    public static string Decode(byte[] bytes) => Portal.Core.Text.SpreadsheetText.Decode(bytes);

    /// <summary>Rows with the 1-based line number each starts on (a quoted field may span lines).</summary>
    public static List<(int Line, List<string> Cells)> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var separator = GuessSeparator(text);
        var rows = new List<(int, List<string>)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var inQuotes = false;
        var line = 1;
        var rowLine = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                inQuotes = true;
            }
            else if (c == separator)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                cells.Add(cell.ToString());
                cell.Clear();
                AddRow(rows, rowLine, cells);
                cells = [];
                line++;
                rowLine = line;
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            AddRow(rows, rowLine, cells);
        }

        return rows;
    }

    private static void AddRow(List<(int, List<string>)> rows, int line, List<string> cells)
    {
        if (cells.Any(c => c.Length > 0))
        {
            rows.Add((line, cells));
        }
    }

    private static char GuessSeparator(string text)
    {
        var header = text.Split('\n', 2)[0];
        return header.Count(c => c == ';') > header.Count(c => c == ',') ? ';' : ',';
    }
}
