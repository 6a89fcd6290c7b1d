using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Portal.OpenData.Datasets;

/// <summary>How a row's values are written: in CSV cells (Table Schema's default formats) and as JSON values.</summary>
public static class DatasetValues
{
    /// <summary>UTF-8 without byte order mark, as the national schema conventions ask.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static string Text(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        int i => i.ToString(CultureInfo.InvariantCulture),
        decimal d => d.ToString("0.##########", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime instant => Instant(instant),
        _ => throw new ArgumentException($"Unexpected dataset value of type {value.GetType().Name}", nameof(value)),
    };

    /// <summary>An instant in UTC, to the second: <c>2026-03-01T09:30:00Z</c>.</summary>
    public static string Instant(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static void Write(Utf8JsonWriter json, object? value)
    {
        ArgumentNullException.ThrowIfNull(json);
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case int i: json.WriteNumberValue(i); break;
            case decimal d: json.WriteNumberValue(d); break;
            case bool b: json.WriteBooleanValue(b); break;
            default: json.WriteStringValue(Text(value)); break;
        }
    }

    /// <summary>One CSV line (RFC 4180): comma-separated, a cell quoted when it holds a comma, a quote or a line break.</summary>
    public static void AppendCsvLine(StringBuilder csv, IEnumerable<string> cells)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(cells);
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                csv.Append(',');
            }

            first = false;
            csv.Append(cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell);
        }

        csv.Append("\r\n");
    }
}
