using DocumentFormat.OpenXml.Wordprocessing;

namespace Portal.OpenData.Dossier;

/// <summary>The styles the dossier uses, named as Word's built-in ones so that a template's styles replace them.</summary>
internal static class WordStyles
{
    public static Styles Create()
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri" },
                    new FontSize { Val = "22" },
                    new Languages { Val = "fr-FR" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120" }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Paragraph("Title", "Title", size: 40, outline: null),
            Paragraph("Heading1", "heading 1", size: 32, outline: 0),
            Paragraph("Heading2", "heading 2", size: 26, outline: 1),
            Paragraph("Heading3", "heading 3", size: 23, outline: 2),
            new Style(
                new StyleName { Val = "Validation stamp" },
                new BasedOn { Val = "Normal" },
                new StyleRunProperties(new Italic(), new Color { Val = "1F5E3A" })) { Type = StyleValues.Paragraph, StyleId = "Stamp", CustomStyle = true },
            new Style(
                new StyleName { Val = "Table Grid" },
                new StyleTableProperties(new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 },
                    new LeftBorder { Val = BorderValues.Single, Size = 4 },
                    new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }))) { Type = StyleValues.Table, StyleId = "TableGrid" });
        return styles;
    }

    private static Style Paragraph(string id, string name, int size, int? outline)
    {
        var paragraph = new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" });
        if (outline is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        return new Style(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(),
            paragraph,
            new StyleRunProperties(new Bold(), new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        { Type = StyleValues.Paragraph, StyleId = id };
    }
}
