namespace Portal.Processes.Imports;

/// <summary>
/// The lines of an uploaded table (a CSV) with their numbers, and its header mapped to what the import reads;
/// <see cref="OpenData"/> when it is one of the portal's own open-data tables (<see cref="OpenDataFormat"/>).
/// </summary>
public sealed record ImportFile(ImportColumns Columns, IReadOnlyList<(int Line, List<string> Cells)> Lines)
{
    public bool OpenData { get; init; }

    /// <summary>Reads a CSV for <paramref name="kind"/>; a file-level problem is thrown as <see cref="InvalidDataException"/> with its French message.</summary>
    public static ImportFile ReadCsv(byte[] content, ImportKind kind)
    {
        var table = CsvTable.Parse(CsvTable.Decode(content));
        if (table.Count < 2)
        {
            throw new InvalidDataException("Le fichier est vide ou n'a qu'une ligne d'en-tête.");
        }

        var openData = OpenDataFormat.Recognises(table[0].Cells);
        var columns = ImportColumns.Map(table[0].Cells, openData ? OpenDataFormat.Fields(kind) : ImportField.For(kind));
        if (columns.Missing.Count > 0)
        {
            throw new InvalidDataException(string.Join(" ", columns.Missing.Select(f =>
                $"Colonne obligatoire absente : « {f.Label} » (noms reconnus : {string.Join(", ", f.Names)}).")) + " En-tête lu : " + string.Join(" | ", table[0].Cells));
        }

        var lines = table.Skip(1).ToList();
        if (openData)
        {
            OneProcess(table[0].Cells, lines);
        }

        return new ImportFile(columns, lines) { OpenData = openData };
    }

    /// <summary>A site-wide open-data table holds every process: the import takes one process's rows, from its own file.</summary>
    private static void OneProcess(List<string> header, List<(int Line, List<string> Cells)> lines)
    {
        var column = header.Select(ImportColumns.Normalise).ToList().IndexOf("demarche");
        var processes = lines.Select(l => column < l.Cells.Count ? l.Cells[column].Trim() : string.Empty).Distinct(StringComparer.Ordinal).ToList();
        if (processes.Count > 1)
        {
            throw new InvalidDataException($"Ce fichier de données ouvertes mêle {processes.Count} démarches (colonne « demarche » : {string.Join(", ", processes.Take(5).Select(p => $"« {p} »"))}) : "
                + "importez le fichier d'une seule démarche, celui de son archive /donnees/demarches/{adresse}.zip.");
        }
    }

    /// <summary>« Ligne 12 : colonne « body » (texte) vide. » for each required value empty on the line.</summary>
    public IEnumerable<string> MissingValues(int line, List<string> cells, IEnumerable<ImportField> required) =>
        required.Where(f => Columns.Has(f) && Columns.Cell(cells, f) is null)
            .Select(f => $"Ligne {line} : colonne « {Columns.HeaderOf(f)} » ({f.Label}) vide.");
}
