using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Portal.Processes.Imports;

namespace Portal.Tests.Admin;

/// <summary>A 305 KB .docx holding 100 MB of XML cost the importer 705 MB: its uncompressed size is now capped.</summary>
public sealed class DocxBombTests
{
    [Fact]
    public void Docx_holding_100_MB_of_XML_is_refused_from_its_declared_size()
    {
        var bomb = WordWithRepeatedParagraphs(100 * 1024 * 1024);

        var refused = Assert.Throws<InvalidDataException>(() => DocxReport.Read(bomb));

        Assert.True(bomb.Length < 1024 * 1024, $"the bomb is {bomb.Length} bytes");
        Assert.Equal("Ce fichier est refusé : une fois décompressée, sa partie « word/document.xml » dépasse 16 Mo.", refused.Message);
    }

    [Fact]
    public void Docx_under_the_size_cap_is_read_no_further_than_the_propositions_asked_for()
    {
        var bomb = WordWithRepeatedParagraphs(15 * 1024 * 1024);

        var read = DocxReport.Read(bomb, maxPropositions: 11);

        Assert.Equal(11, read.Count);
        Assert.Equal("Une proposition répétée.", read[10].Text);
    }

    [Fact]
    public void Docx_that_lies_about_its_uncompressed_size_is_cut_while_inflating()
    {
        var bomb = WordWithRepeatedParagraphs(20 * 1024 * 1024);
        DeclareUncompressedSize(bomb, 1000);

        // Inflation stops at the declared size (the runtime's own check) or at the cap (ours), whichever
        // comes first: the part is cut, never read whole, and the importer reports the file as unreadable.
        var refused = Record.Exception(() => DocxReport.Read(bomb));

        Assert.True(refused is InvalidDataException or System.Xml.XmlException, $"{refused?.GetType().Name}: {refused?.Message}");
    }

    /// <summary>A Word document whose text part is one numbered paragraph repeated to about <paramref name="bytes"/> bytes.</summary>
    private static byte[] WordWithRepeatedParagraphs(int bytes)
    {
        var paragraph = Encoding.UTF8.GetBytes("<w:p><w:r><w:t>1. Une proposition répétée.</w:t></w:r></w:p>");
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var part = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            part.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"u8);
            for (var written = 0; written < bytes; written += paragraph.Length)
            {
                part.Write(paragraph);
            }

            part.Write("</w:body></w:document>"u8);
        }

        return buffer.ToArray();
    }

    /// <summary>Rewrites the uncompressed size of the only entry in its local header and in the central directory.</summary>
    private static void DeclareUncompressedSize(byte[] zip, uint size)
    {
        Assert.Equal(0x04034b50u, BinaryPrimitives.ReadUInt32LittleEndian(zip));
        BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(22), size);
        var central = zip.AsSpan().LastIndexOf("PK\u0001\u0002"u8);
        BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(central + 24), size);
    }
}
