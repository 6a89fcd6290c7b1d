using System.IO.Compression;
using System.Text;
using Portal.Core.Files;

namespace Portal.Media.Checking;

/// <summary>Looks inside ZIP and OLE containers to tell an office document from any other archive.</summary>
internal static class Containers
{
    private const long MaxPartBytes = 1024 * 1024;

    /// <summary>An Office Open XML or OpenDocument file, from its declared main part; null for any other ZIP.</summary>
    public static FileType? ReadZip(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            var mimetype = zip.GetEntry("mimetype");
            if (mimetype is not null && mimetype.Length < 200)
            {
                var declared = ReadText(mimetype).Trim();
                return declared == FileType.Odt.ContentType ? FileType.Odt
                    : declared == FileType.Ods.ContentType ? FileType.Ods
                    : null;
            }

            var types = zip.GetEntry("[Content_Types].xml");
            if (types is null || types.Length > MaxPartBytes)
            {
                return null;
            }

            var xml = ReadText(types);
            if (xml.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) || zip.Entries.Any(e => e.Name.Equals("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            return xml.Contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", StringComparison.Ordinal) && zip.GetEntry("word/document.xml") is not null ? FileType.Docx
                : xml.Contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", StringComparison.Ordinal) && zip.GetEntry("xl/workbook.xml") is not null ? FileType.Xlsx
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>A Word 97-2003 or Excel 97-2003 file, from the name of its main stream in the compound file.</summary>
    public static FileType? ReadCompoundFile(string path)
    {
        // The directory entries hold stream names in UTF-16; looking for the main stream's name is enough
        // to tell the two formats apart (a full CFB reader is more than this check needs).
        var bytes = File.ReadAllBytes(path);
        if (bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes("WordDocument")) >= 0)
        {
            return FileType.Doc;
        }

        return bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes("Workbook")) >= 0 ? FileType.Xls : null;
    }

    private static string ReadText(ZipArchiveEntry entry)
    {
        // The declared length was checked by the caller; the bytes actually inflated are capped here.
        using var reader = new StreamReader(BoundedZip.Open(entry, MaxPartBytes), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
