using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace Portal.OpenData.Dossier;

/// <summary>
/// The dossier as a tagged PDF (PDF/UA structure: Document, H1–H3, P, Table/TR/TH/TD; page numbers and table rules as
/// artifacts), A4 with 2 cm margins, in DejaVu Sans so that the text is real, searchable text. A paragraph or a table
/// that runs over a page ends its element there and starts a new one on the next page, the table repeating its header
/// row, so that every page's marked content stays on its page.
/// </summary>
internal sealed class PdfDossierDocument : IDossierWriter
{
    private const double Margin = 56.7;
    private const double CellPadding = 4;
    private const double LineSpacing = 1.3;

    private static readonly XSize A4 = new(595.3, 841.9);
    private static readonly XBrush Ink = new XSolidBrush(XColor.FromArgb(22, 22, 22));
    private static readonly XBrush StampInk = new XSolidBrush(XColor.FromArgb(31, 94, 58));
    private static readonly XPen Rule = new(XColor.FromArgb(120, 120, 120), 0.5);

    private readonly PdfDocument _document = new();
    private readonly StructureBuilder _tags;
    private readonly XFont _body = Font(10.5);
    private readonly XFont _bold = Font(10.5, XFontStyleEx.Bold);
    private readonly XFont _stamp = Font(10, XFontStyleEx.Italic);
    private readonly XFont _small = Font(8.5);
    private XGraphics _graphics = null!;
    private double _y;
    private int _pages;

    public PdfDossierDocument()
    {
        var accessibility = UAManager.ForDocument(_document);
        accessibility.SetDocumentLanguage("fr-FR");
        _tags = accessibility.StructureBuilder;
        NewPage();
    }

    private static double Width => A4.Width - (2 * Margin);

    private static double Bottom => A4.Height - Margin;

    public void Title(string text) => Block(PdfBlockLevelElementTag.Heading1, text, Font(20, XFontStyleEx.Bold), Ink, before: 0, after: 12, keepWithNext: 2);

    public void Heading(int level, string text)
    {
        // The title is the document's H1; the sections step one level down so that the outline stays nested.
        var (tag, size, before) = level switch
        {
            1 => (PdfBlockLevelElementTag.Heading2, 16.0, 18.0),
            2 => (PdfBlockLevelElementTag.Heading3, 13.0, 12.0),
            _ => (PdfBlockLevelElementTag.Heading4, 11.5, 9.0),
        };
        Block(tag, text, Font(size, XFontStyleEx.Bold), Ink, before, after: 5, keepWithNext: 2);
    }

    public void Text(string? text)
    {
        foreach (var paragraph in DossierText.Paragraphs(text))
        {
            Block(PdfBlockLevelElementTag.Paragraph, paragraph, _body, Ink, before: 0, after: 6, keepWithNext: 0);
        }
    }

    public void Stamp(string text) => Block(PdfBlockLevelElementTag.Paragraph, text, _stamp, StampInk, before: 0, after: 8, keepWithNext: 0);

    public void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var columnWidth = Width / header.Count;
        var headerLines = header.Select(h => Lines(h, _bold, columnWidth - (2 * CellPadding))).ToList();
        var headerHeight = RowHeight(headerLines, _bold);
        if (_y + headerHeight + LineHeight(_body) + (2 * CellPadding) > Bottom)
        {
            NewPage();
        }

        _tags.BeginElement(PdfBlockLevelElementTag.Table);
        Row(headerLines, _bold, PdfBlockLevelElementTag.TableHeaderCell, columnWidth);
        foreach (var row in rows)
        {
            var cells = Enumerable.Range(0, header.Count).Select(i => Lines(i < row.Count ? row[i] ?? string.Empty : string.Empty, _body, columnWidth - (2 * CellPadding))).ToList();
            while (cells.Any(c => c.Count > 0))
            {
                var room = (int)Math.Floor((Bottom - _y - (2 * CellPadding)) / LineHeight(_body));
                if (room < Math.Min(2, cells.Max(c => c.Count)))
                {
                    _tags.End();
                    NewPage();
                    _tags.BeginElement(PdfBlockLevelElementTag.Table);
                    Row(headerLines, _bold, PdfBlockLevelElementTag.TableHeaderCell, columnWidth);
                    continue;
                }

                // A row longer than the page is cut between lines, the rest continues under the repeated header.
                Row([.. cells.Select(c => c.Take(room).ToList())], _body, PdfBlockLevelElementTag.TableDataCell, columnWidth);
                cells = [.. cells.Select(c => c.Skip(room).ToList())];
            }
        }

        _tags.End();
        _y += 10;
    }

    /// <summary>The last page's graphics are closed by <see cref="ToBytes"/>, which saves the document.</summary>
    public void Dispose() => _document.Dispose();

    public byte[] ToBytes(string title)
    {
        _graphics.Dispose();
        _document.Info.Title = title;
        _document.Info.Subject = "Dossier public de la démarche";
        _document.Info.Creator = "Portail de la participation citoyenne";
        _document.ViewerPreferences.DisplayDocTitle = true;
        using var stream = new MemoryStream();
        _document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static XFont Font(double size, XFontStyleEx style = XFontStyleEx.Regular)
    {
        if (!PdfFonts.TryInstall())
        {
            throw new PdfFontsMissingException();
        }

        return new XFont(PdfFonts.Family, size, style);
    }

    private static double LineHeight(XFont font) => font.Size * LineSpacing;

    private static double RowHeight(List<List<string>> cells, XFont font) =>
        (Math.Max(1, cells.Max(c => c.Count)) * LineHeight(font)) + (2 * CellPadding);

    private void Block(PdfBlockLevelElementTag tag, string text, XFont font, XBrush brush, double before, double after, int keepWithNext)
    {
        var lines = Lines(text, font, Width);
        var height = LineHeight(font);
        if (_y > Margin)
        {
            _y += before;
        }

        // Headings keep with what follows; a paragraph does not leave a single line at the bottom of a page.
        if (_y + (height * Math.Min(lines.Count, 2)) + (LineHeight(_body) * keepWithNext) > Bottom)
        {
            NewPage();
        }

        _tags.BeginElement(tag);
        foreach (var line in lines)
        {
            if (_y + height > Bottom)
            {
                _tags.End();
                NewPage();
                _tags.BeginElement(tag);
            }

            _graphics.DrawString(line, font, brush, new XRect(Margin, _y, Width, height), XStringFormats.TopLeft);
            _y += height;
        }

        _tags.End();
        _y += after;
    }

    private void Row(List<List<string>> cells, XFont font, PdfBlockLevelElementTag cellTag, double columnWidth)
    {
        var height = RowHeight(cells, font);
        _tags.BeginElement(PdfBlockLevelElementTag.TableRow);
        for (var i = 0; i < cells.Count; i++)
        {
            _tags.BeginElement(cellTag);
            var y = _y + CellPadding;
            foreach (var line in cells[i])
            {
                _graphics.DrawString(line, font, Ink, new XRect(Margin + (i * columnWidth) + CellPadding, y, columnWidth - (2 * CellPadding), LineHeight(font)), XStringFormats.TopLeft);
                y += LineHeight(font);
            }

            _tags.End();
        }

        _tags.End();
        _tags.BeginArtifact();
        for (var i = 0; i <= cells.Count; i++)
        {
            _graphics.DrawLine(Rule, Margin + (i * columnWidth), _y, Margin + (i * columnWidth), _y + height);
        }

        _graphics.DrawLine(Rule, Margin, _y, Margin + Width, _y);
        _graphics.DrawLine(Rule, Margin, _y + height, Margin + Width, _y + height);
        _tags.End();
        _y += height;
    }

    /// <summary>The text cut into lines that fit the width: at spaces, and inside a word only when the word alone is wider.</summary>
    private List<string> Lines(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var hardLine in text.Split('\n'))
        {
            var current = string.Empty;
            foreach (var word in hardLine.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (Fits(candidate, font, width))
                {
                    current = candidate;
                    continue;
                }

                if (current.Length > 0)
                {
                    lines.Add(current);
                }

                current = word;
                while (!Fits(current, font, width))
                {
                    var cut = current.Length - 1;
                    while (cut > 1 && !Fits(current[..cut], font, width))
                    {
                        cut--;
                    }

                    lines.Add(current[..cut]);
                    current = current[cut..];
                }
            }

            lines.Add(current);
        }

        return lines;
    }

    private bool Fits(string text, XFont font, double width) => _graphics.MeasureString(text, font).Width <= width;

    private void NewPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Width = XUnit.FromPoint(A4.Width);
        page.Height = XUnit.FromPoint(A4.Height);
        _graphics = XGraphics.FromPdfPage(page);
        _pages++;
        _tags.BeginArtifact();
        _graphics.DrawString($"Page {_pages}", _small, Ink, new XRect(Margin, A4.Height - (Margin / 2), Width, 12), XStringFormats.TopLeft);
        _tags.End();
        _y = Margin;
    }
}

/// <summary>The host lacks the dossier's font: the PDF cannot be written (the Word dossier still can).</summary>
internal sealed class PdfFontsMissingException() : Exception("DejaVu Sans is not installed (Debian: fonts-dejavu-core); the PDF dossier cannot be written.");
