using System.Security.Cryptography;
using System.Text;

namespace Portal.Sortition.Drawing;

/// <summary>SHA-256 as lowercase hexadecimal, the only form hashes take in the commitment and the kit.</summary>
public static class Hashes
{
    public static string Sha256Hex(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));

    public static string Sha256Hex(string text) => Sha256Hex(Encoding.UTF8.GetBytes(text));

    /// <summary>UTF-8 without byte-order mark: every text file of the kit is written this way.</summary>
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
