using Portal.Core.Content;

namespace Portal.Sortition.Publication;

/// <summary>French labels of the fields of a draw's publication item.</summary>
internal static class DrawFieldLabels
{
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
            ["drawId"] = "Identifiant du tirage", ["title"] = "Titre", ["note"] = "Note de présentation",
            ["commitment"] = "Empreinte SHA-256 de l'engagement", ["randomnessRule"] = "Règle de l'aléa public",
            ["earlierDraws"] = "Tirages déjà effectués pour cette démarche",
    };

    public static readonly string[] LongTexts = [];
}
