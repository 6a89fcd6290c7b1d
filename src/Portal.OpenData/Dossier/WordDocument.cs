using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Portal.OpenData.Dossier;

/// <summary>
/// A Word document written with real styles: Title, Heading 1–3 (with outline levels, so a table of contents and the
/// designers' own styles apply), Normal, and tables whose first row repeats as a header row.
/// </summary>
internal sealed class WordDocument : IDossierWriter
{
    private readonly Body _body = new();

    public void Title(string text) => _body.Append(Styled("Title", text));

    public void Heading(int level, string text) => _body.Append(Styled($"Heading{level}", text));

    public void Text(string? text)
    {
        foreach (var paragraph in DossierText.Paragraphs(text))
        {
            _body.Append(Styled(null, paragraph));
        }
    }

    /// <summary>A validation stamp: its own style, so designers can set it apart.</summary>
    public void Stamp(string text) => _body.Append(Styled("Stamp", text));

    public void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var table = new Table(new TableProperties(
            new TableStyle { Val = "TableGrid" },
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableLook { Val = "04A0" }));
        table.Append(new TableGrid([.. header.Select(_ => new GridColumn { Width = (9000 / header.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) })]));
        table.Append(Row(header, isHeader: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, isHeader: false));
        }

        _body.Append(table, new Paragraph());
    }

    /// <summary>Nothing to release: the package is written and closed within <see cref="ToBytes"/>.</summary>
    public void Dispose()
    {
    }

    public byte[] ToBytes(string title)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = WordStyles.Create();
            main.Document = new Document(_body);
            document.PackageProperties.Title = title;
            document.PackageProperties.Language = "fr-FR";
        }

        return stream.ToArray();
    }

    private static Paragraph Styled(string? style, string text)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        var lines = text.Split('\n');
        var run = new Run();
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        paragraph.Append(run);
        return paragraph;
    }

    private static TableRow Row(IReadOnlyList<string?> cells, bool isHeader)
    {
        var row = new TableRow();
        if (isHeader)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        foreach (var cell in cells)
        {
            var paragraph = Styled(null, cell ?? string.Empty);
            if (isHeader)
            {
                paragraph.Descendants<Run>().First().PrependChild(new RunProperties(new Bold()));
            }

            row.Append(new TableCell(paragraph));
        }

        return row;
    }
}
