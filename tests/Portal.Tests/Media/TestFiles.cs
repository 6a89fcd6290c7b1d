using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using NetVips;

namespace Portal.Tests.Media;

/// <summary>Files built in code for the media tests: images with GPS tags, office documents, impostors.</summary>
internal static class TestFiles
{
    /// <summary>A JPEG of <paramref name="width"/>×<paramref name="height"/> whose EXIF holds a GPS position (Paris) and an orientation.</summary>
    public static byte[] JpegWithGps(int width, int height, ushort orientation = 1)
    {
        using var colour = Image.Black(width, height, bands: 3) + new double[] { 40, 120, 200 };
        using var image = colour.Cast(Enums.BandFormat.Uchar);
        using var tagged = image.Mutate(m => m.Set(GValue.BlobType, "exif-data", ExifWithGps(orientation)));
        return tagged.JpegsaveBuffer(q: 90, keep: Enums.ForeignKeep.All);
    }

    /// <summary>A PNG (with alpha), no metadata.</summary>
    public static byte[] Png(int width, int height)
    {
        using var colour = Image.Black(width, height, bands: 4) + new double[] { 200, 50, 50, 128 };
        using var image = colour.Cast(Enums.BandFormat.Uchar);
        using var srgb = image.Copy(interpretation: Enums.Interpretation.Srgb);
        return srgb.PngsaveBuffer();
    }

    /// <summary>The start of a Windows program: "MZ", the DOS stub, and the PE header offset.</summary>
    public static byte[] WindowsExecutable()
    {
        var bytes = new byte[512];
        bytes[0] = (byte)'M';
        bytes[1] = (byte)'Z';
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(0x3C), 0x80);
        "PE\0\0"u8.CopyTo(bytes.AsSpan(0x80));
        Encoding.ASCII.GetBytes("This program cannot be run in DOS mode.").CopyTo(bytes, 0x4E);
        return bytes;
    }

    public static byte[] Pdf() => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    /// <summary>The smallest Word document: content types, package relationships and one paragraph.</summary>
    public static byte[] Docx() => Zip(new()
    {
        ["[Content_Types].xml"] = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
            """,
        ["_rels/.rels"] = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
            """,
        ["word/document.xml"] = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Mandat de participation</w:t></w:r></w:p></w:body></w:document>
            """,
    });

    /// <summary>A ZIP archive that is no office document (a script and a text file).</summary>
    public static byte[] PlainZip() => Zip(new() { ["install.sh"] = "#!/bin/sh\necho bonjour\n", ["lisez-moi.txt"] = "Bonjour" });

    public static byte[] Zip(Dictionary<string, string> entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// A little-endian EXIF block: IFD0 with the orientation and a pointer to a GPS IFD holding
    /// latitude 48°51'24" N and longitude 2°21'3" E.
    /// </summary>
    private static byte[] ExifWithGps(ushort orientation)
    {
        var tiff = new byte[140];
        var s = tiff.AsSpan();
        "II"u8.CopyTo(s);
        BinaryPrimitives.WriteUInt16LittleEndian(s[2..], 42);
        BinaryPrimitives.WriteUInt32LittleEndian(s[4..], 8);
        var at = 8;
        Short(s, ref at, 2);
        Entry(s, ref at, 0x0112, 3, 1, orientation);
        Entry(s, ref at, 0x8825, 4, 1, 38);
        BinaryPrimitives.WriteUInt32LittleEndian(s[at..], 0);
        at = 38;
        Short(s, ref at, 4);
        Entry(s, ref at, 0x0001, 2, 2, 'N');
        Entry(s, ref at, 0x0002, 5, 3, 92);
        Entry(s, ref at, 0x0003, 2, 2, 'E');
        Entry(s, ref at, 0x0004, 5, 3, 116);
        BinaryPrimitives.WriteUInt32LittleEndian(s[at..], 0);
        Rationals(s[92..], 48, 51, 24);
        Rationals(s[116..], 2, 21, 3);
        return [.. "Exif\0\0"u8, .. tiff];
    }

    private static void Short(Span<byte> s, ref int at, ushort value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(s[at..], value);
        at += 2;
    }

    private static void Entry(Span<byte> s, ref int at, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(s[at..], tag);
        BinaryPrimitives.WriteUInt16LittleEndian(s[(at + 2)..], type);
        BinaryPrimitives.WriteUInt32LittleEndian(s[(at + 4)..], count);
        BinaryPrimitives.WriteUInt32LittleEndian(s[(at + 8)..], value);
        at += 12;
    }

    private static void Rationals(Span<byte> s, params uint[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(s[(i * 8)..], values[i]);
            BinaryPrimitives.WriteUInt32LittleEndian(s[((i * 8) + 4)..], 1);
        }
    }
}
