using Portal.Core.Content;

namespace Portal.News;

/// <summary>French labels of the fields of a news item.</summary>
internal static class NewsFieldLabels
{
    public static FieldLabelSet Set { get; } = new(
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["title"] = "Titre", ["slug"] = "Adresse (slug)", ["date"] = "Date", ["summary"] = "Résumé", ["body"] = "Contenu",
            ["imageId"] = "Image (identifiant dans la médiathèque)", ["imageAlt"] = "Texte alternatif de l'image",
        },
        ["summary", "body"]);
}
