using PdfSharp.Fonts;

namespace Portal.OpenData.Dossier;

/// <summary>
/// The one font family of the PDF dossier: DejaVu Sans, read from the host's fonts (Debian's <c>fonts-dejavu-core</c>,
/// which the installation guide lists). It covers French typography (« », non-breaking spaces, œ, ✓); PDFsharp embeds
/// the subset it uses, so the text stays searchable and copyable. PDFsharp's resolver is process-wide and can be set
/// once only, hence the static installation.
/// </summary>
internal sealed class PdfFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private static readonly string[] Directories =
        ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF", "/usr/local/share/fonts", "/Library/Fonts", @"C:\Windows\Fonts"];

    private static readonly Lock Gate = new();
    private static bool _installed;

    private readonly string _directory;

    private PdfFonts(string directory) => _directory = directory;

    /// <summary>True when the fonts are found (and installed for PDFsharp); false when the host lacks them.</summary>
    public static bool TryInstall()
    {
        lock (Gate)
        {
            if (_installed)
            {
                return true;
            }

            var directory = Directories.FirstOrDefault(d => File.Exists(Path.Combine(d, "DejaVuSans.ttf")) && File.Exists(Path.Combine(d, "DejaVuSans-Bold.ttf")));
            if (directory is null)
            {
                return false;
            }

            GlobalFontSettings.FontResolver ??= new PdfFonts(directory);
            _installed = true;
            return true;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new((bold, italic) switch
        {
            (true, true) => "DejaVuSans-BoldOblique",
            (true, false) => "DejaVuSans-Bold",
            (false, true) => "DejaVuSans-Oblique",
            _ => "DejaVuSans",
        });

    public byte[]? GetFont(string faceName)
    {
        var path = Path.Combine(_directory, faceName + ".ttf");

        // Oblique faces are optional on minimal hosts: the upright face stands in for them.
        return File.ReadAllBytes(File.Exists(path) ? path : Path.Combine(_directory, faceName.Contains("Bold", StringComparison.Ordinal) ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf"));
    }
}
