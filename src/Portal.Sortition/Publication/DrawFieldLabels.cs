using Portal.Core.Content;

namespace Portal.Sortition.Publication;

/// <summary>French labels of the fields of a draw's publication item.</summary>
internal static class DrawFieldLabels
{
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
            ["drawId"] = "Identifiant du tirage", ["title"] = "Titre", ["note"] = "Note de présentation",
    };

    public static readonly string[] LongTexts = [];
}
