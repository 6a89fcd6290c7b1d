using System.Globalization;
using System.Text;

namespace Portal.Processes.Imports;

/// <summary>One column of the file and the value it fills, if any (none: the column is ignored, and said so).</summary>
public sealed record ImportColumn(string Header, ImportField? Field);

/// <summary>Which column fills which value: every column of the file is listed, used or ignored.</summary>
public sealed class ImportColumns
{
    private readonly Dictionary<ImportField, int> _index;

    private ImportColumns(IReadOnlyList<ImportColumn> columns, Dictionary<ImportField, int> index, IReadOnlyList<ImportField> missing)
    {
        Columns = columns;
        _index = index;
        Missing = missing;
    }

    public IReadOnlyList<ImportColumn> Columns { get; }

    /// <summary>Required values no column of the file gives.</summary>
    public IReadOnlyList<ImportField> Missing { get; }

    public static ImportColumns Map(IReadOnlyList<string> header, IReadOnlyList<ImportField> fields)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(fields);
        var names = header.Select(Normalise).ToList();
        var index = new Dictionary<ImportField, int>();
        foreach (var field in fields)
        {
            var column = field.Names.Select(n => names.IndexOf(n)).Where(i => i >= 0 && !index.ContainsValue(i)).DefaultIfEmpty(-1).First();
            if (column >= 0)
            {
                index[field] = column;
            }
        }

        var columns = header.Select((h, i) => new ImportColumn(h.Trim(), index.FirstOrDefault(p => p.Value == i).Key)).ToList();
        return new ImportColumns(columns, index, [.. fields.Where(f => f.Required && !index.ContainsKey(f))]);
    }

    public bool Has(ImportField field) => _index.ContainsKey(field);

    /// <summary>The header of the column that fills <paramref name="field"/> (for messages).</summary>
    public string HeaderOf(ImportField field) => _index.TryGetValue(field, out var i) ? Columns[i].Header : field.Label;

    /// <summary>The cell of <paramref name="field"/> on a line, trimmed; null when the file has no such column or the cell is empty.</summary>
    public string? Cell(IReadOnlyList<string> cells, ImportField field)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return _index.TryGetValue(field, out var i) && i < cells.Count && !string.IsNullOrWhiteSpace(cells[i]) ? cells[i].Trim() : null;
    }

    /// <summary>Lower case, no accents, no surrounding spaces: « Thématique » and « thematique » are the same column.</summary>
    public static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder();
        foreach (var c in name.Trim().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
