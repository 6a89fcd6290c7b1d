using System.Text;

namespace Portal.Sortition.Drawing;

/// <summary>
/// Minimal RFC 4180 reading and writing. Writing quotes a field only when it contains the delimiter,
/// a double quote, CR or LF, and doubles inner quotes: that rule is part of the canonical pool form.
/// </summary>
public static class Csv
{
    public static List<List<string>> Parse(string text, char delimiter)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }

                if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == delimiter)
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(field.ToString());
                field.Clear();
                AddRow(rows, row);
                row = [];
            }
            else
            {
                field.Append(c);
            }

            i++;
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            AddRow(rows, row);
        }

        return rows;
    }

    /// <summary>The delimiter of the header line: <c>;</c> when it has more of them than commas (French spreadsheets).</summary>
    public static char DetectDelimiter(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = text.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? text : text[..end];
        return header.Count(c => c == ';') > header.Count(c => c == ',') ? ';' : ',';
    }

    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static void AddRow(List<List<string>> rows, List<string> row)
    {
        // Blank lines (a trailing newline, an empty spreadsheet row) carry nothing.
        if (row.Count > 1 || row[0].Length > 0)
        {
            rows.Add(row);
        }
    }
}
