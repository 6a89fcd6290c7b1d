namespace Portal.OpenData.Dossier;

/// <summary>How a dossier's writers cut a text into paragraphs: blank lines separate them, single breaks stay inside.</summary>
internal static class DossierText
{
    public static IEnumerable<string> Paragraphs(string? text) =>
        (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
