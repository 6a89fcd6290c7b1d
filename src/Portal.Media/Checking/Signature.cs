namespace Portal.Media.Checking;

/// <summary>What the first bytes of a file say it is.</summary>
internal enum Signature
{
    Unknown,
    Executable,
    Image,
    Pdf,
    Zip,
    CompoundFile,
}

/// <summary>Reads magic bytes. Never looks at the file name or at the type the browser sent.</summary>
internal static class Signatures
{
    /// <summary>Enough bytes to recognise every accepted type.</summary>
    public const int HeadLength = 16;

    public static (Signature Signature, FileType? Image) Read(ReadOnlySpan<byte> head)
    {
        if (IsExecutable(head))
        {
            return (Signature.Executable, null);
        }

        if (Starts(head, 0xFF, 0xD8, 0xFF))
        {
            return (Signature.Image, FileType.Jpeg);
        }

        if (Starts(head, 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A))
        {
            return (Signature.Image, FileType.Png);
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return (Signature.Image, FileType.Gif);
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return (Signature.Image, FileType.WebP);
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return (Signature.Pdf, FileType.Pdf);
        }

        if (head.StartsWith("PK\x03\x04"u8))
        {
            return (Signature.Zip, null);
        }

        if (Starts(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1))
        {
            return (Signature.CompoundFile, null);
        }

        return (Signature.Unknown, null);
    }

    private static bool Starts(ReadOnlySpan<byte> head, params ReadOnlySpan<byte> signature) => head.StartsWith(signature);

    /// <summary>Windows (MZ), Linux (ELF), macOS (Mach-O) programs and scripts (#!).</summary>
    private static bool IsExecutable(ReadOnlySpan<byte> head) =>
        head.StartsWith("MZ"u8)
        || Starts(head, 0x7F, (byte)'E', (byte)'L', (byte)'F')
        || head.StartsWith("#!"u8)
        || Starts(head, 0xCF, 0xFA, 0xED, 0xFE)
        || Starts(head, 0xCE, 0xFA, 0xED, 0xFE)
        || Starts(head, 0xFE, 0xED, 0xFA, 0xCF)
        || Starts(head, 0xFE, 0xED, 0xFA, 0xCE)
        || Starts(head, 0xCA, 0xFE, 0xBA, 0xBE);
}
