using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Portal.Core.Files;

namespace Portal.Processes.Imports;

/// <summary>
/// Reads a citizens' report in Word (.docx): headings give the theme, numbered paragraphs (Word
/// numbering or a leading « 12. ») are the propositions, in order. Returns (paragraph number, theme, text).
/// </summary>
public static partial class DocxReport
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Largest text part read, uncompressed: a real report of hundreds of propositions is a few megabytes.</summary>
    public const long MaxDocumentXmlBytes = 16 * 1024 * 1024;

    /// <summary>The numbered paragraphs, reading no further than <paramref name="maxPropositions"/> of them.</summary>
    public static List<(int Paragraph, string Theme, string Text)> Read(byte[] docx, int maxPropositions = int.MaxValue)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var entry = zip.GetEntry("word/document.xml") ?? throw new InvalidDataException("Ce fichier n'est pas un document Word (.docx) : word/document.xml est absent.");
        var result = new List<(int, string, string)>();
        var theme = string.Empty;
        var index = 0;
        using var stream = BoundedZip.Open(entry, MaxDocumentXmlBytes);

        // Paragraph by paragraph, never the whole tree: 16 MB of XML as one XDocument held hundreds of megabytes.
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true });
        reader.MoveToContent();
        while (!reader.EOF && result.Count < maxPropositions)
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "p" || reader.NamespaceURI != W.NamespaceName)
            {
                reader.Read();
                continue;
            }

            // A paragraph with its nested ones (text boxes), in document order, as the whole tree gave them.
            foreach (var paragraph in ((XElement)XNode.ReadFrom(reader)).DescendantsAndSelf(W + "p"))
            {
                index++;
                var text = string.Concat(paragraph.Descendants(W + "t").Select(t => t.Value)).Trim();
                if (text.Length == 0)
                {
                    continue;
                }

                var style = paragraph.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val")?.Value ?? string.Empty;
                if (style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase) || style.StartsWith("Titre", StringComparison.OrdinalIgnoreCase))
                {
                    theme = text;
                    continue;
                }

                var numbered = paragraph.Element(W + "pPr")?.Element(W + "numPr") is not null;
                var match = LeadingNumber().Match(text);
                if (numbered || match.Success)
                {
                    result.Add((index, theme, match.Success ? text[match.Length..].Trim() : text));
                }
            }
        }

        return result;
    }

    [GeneratedRegex(@"^\d{1,4}\s*[.)–-]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingNumber();
}
