using System.Text;

namespace Portal.Core.Text;

/// <summary>
/// Decodes a text file as spreadsheets save it: UTF-8 (with or without BOM), else Windows-1252 (French
/// Excel's « CSV (séparateur : point-virgule) »). Shared by every import (propositions, sortition pools).
/// </summary>
public static class SpreadsheetText
{
    static SpreadsheetText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            // Not valid UTF-8: a spreadsheet saved in the Windows "ANSI" code page.
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }
}
