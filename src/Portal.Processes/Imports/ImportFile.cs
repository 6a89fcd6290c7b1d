namespace Portal.Processes.Imports;

/// <summary>The lines of an uploaded table (a CSV) with their numbers, and its header mapped to what the import reads.</summary>
public sealed record ImportFile(ImportColumns Columns, IReadOnlyList<(int Line, List<string> Cells)> Lines)
{
    /// <summary>Reads a CSV for <paramref name="kind"/>; a file-level problem is thrown as <see cref="InvalidDataException"/> with its French message.</summary>
    public static ImportFile ReadCsv(byte[] content, ImportKind kind)
    {
        var table = CsvTable.Parse(CsvTable.Decode(content));
        if (table.Count < 2)
        {
            throw new InvalidDataException("Le fichier est vide ou n'a qu'une ligne d'en-tête.");
        }

        var columns = ImportColumns.Map(table[0].Cells, ImportField.For(kind));
        if (columns.Missing.Count > 0)
        {
            throw new InvalidDataException(string.Join(" ", columns.Missing.Select(f =>
                $"Colonne obligatoire absente : « {f.Label} » (noms reconnus : {string.Join(", ", f.Names)}).")) + " En-tête lu : " + string.Join(" | ", table[0].Cells));
        }

        return new ImportFile(columns, table.Skip(1).ToList());
    }

    /// <summary>« Ligne 12 : colonne « body » (texte) vide. » for each required value empty on the line.</summary>
    public IEnumerable<string> MissingValues(int line, List<string> cells, IEnumerable<ImportField> required) =>
        required.Where(f => Columns.Has(f) && Columns.Cell(cells, f) is null)
            .Select(f => $"Ligne {line} : colonne « {Columns.HeaderOf(f)} » ({f.Label}) vide.");
}
