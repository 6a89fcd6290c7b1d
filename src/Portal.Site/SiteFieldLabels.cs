using Portal.Core.Content;

namespace Portal.Site;

/// <summary>French labels of the fields of a free page.</summary>
internal static class SiteFieldLabels
{
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
            ["title"] = "Titre", ["slug"] = "Adresse (slug)", ["body"] = "Contenu", ["summary"] = "Résumé",
    };

    public static readonly string[] LongTexts = ["summary", "body"];
}
