using System.Text;

namespace Portal.Tests.OpenData;

/// <summary>An RFC 4180 reader (comma, double quotes, CRLF), strict enough to fail on a malformed file.</summary>
internal static class CsvReader
{
    public static List<List<string>> Read(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                Assert.False(c is '"' or '\n' or '\r', $"unquoted {(int)c} inside a cell at offset {i}");
                cell.Append(c);
            }
        }

        Assert.False(quoted, "the file ends inside a quoted cell");
        Assert.True(row.Count == 0 && cell.Length == 0, "the last line ends with CRLF");
        return rows;
    }
}
