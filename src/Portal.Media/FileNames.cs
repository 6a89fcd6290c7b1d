using System.Globalization;
using System.Text;

namespace Portal.Media;

/// <summary>Makes an uploaded file's name safe to store and to offer as a download name.</summary>
internal static class FileNames
{
    public static string Sanitise(string? name, string extension)
    {
        // Browsers may send a full path; keep the last segment, whatever the separator.
        var raw = (name ?? string.Empty).Replace('\\', '/');
        raw = raw[(raw.LastIndexOf('/') + 1)..];
        var stem = Path.GetFileNameWithoutExtension(raw).Normalize(NormalizationForm.FormC);
        var safe = new StringBuilder();
        foreach (var c in stem)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            var ok = char.IsLetterOrDigit(c) || c is '-' or '_' or ' ' or '.' or '(' or ')';
            safe.Append(ok && category != UnicodeCategory.Control ? c : '_');
        }

        var cleaned = safe.ToString().Trim(' ', '.', '_');
        if (cleaned.Length == 0)
        {
            cleaned = "fichier";
        }

        if (cleaned.Length > 120)
        {
            cleaned = cleaned[..120];
        }

        // The extension is the one of the type found in the content, never the one the name claimed.
        return $"{cleaned}.{extension}";
    }
}
