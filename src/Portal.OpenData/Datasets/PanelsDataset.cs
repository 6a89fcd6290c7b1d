using static Portal.OpenData.Datasets.CommonFields;

namespace Portal.OpenData.Datasets;

/// <summary><c>composition-panels</c>: aggregate counts per criterion and category; never a panel member.</summary>
internal static class PanelsDataset
{
    public static Dataset Definition { get; } = new(
        "composition-panels",
        "Composition des panels",
        "Une ligne par catégorie d'un critère de composition (genre, âge, territoire…) : objectif, effectif atteint et part dans la population de référence. Agrégats seulement : aucune donnée personnelle des membres.",
        [
            ProcessField,
            new("methode_selection", "Méthode de sélection", FieldType.String, "Comment le panel a été formé.", Required: true),
            Count("taille_panel", "Taille du panel", "Nombre de membres.", required: true),
            Count("suppleants", "Suppléants", "Nombre de suppléants.", required: true),
            Count("taille_vivier", "Taille du vivier", "Nombre de volontaires ou de personnes tirées au sort parmi lesquelles le panel a été choisi."),
            new("critere", "Critère", FieldType.String, "Critère de composition.", Required: true),
            new("categorie", "Catégorie", FieldType.String, "Catégorie du critère.", Required: true),
            Count("objectif", "Objectif", "Effectif visé.", required: true),
            Count("atteint", "Atteint", "Effectif atteint.", required: true),
            new("part_reference", "Part de référence (%)", FieldType.Number, "Part de la catégorie dans la population de référence, en pourcentage.") { Minimum = 0, Maximum = 100 },
            PublishedAt,
            Permalink("de la section « Composition du panel » de la démarche"),
        ],
        ["demarche", "critere", "categorie"],
        (context, p) => p.Panel is not { } panel
            ? []
            : panel.Content.Criteria.SelectMany(c => c.Categories.Select(k => new object?[]
            {
                p.Slug, panel.Content.SelectionMethod, panel.Content.PanelSize, panel.Content.Substitutes, panel.Content.PoolSize,
                c.Name, k.Label, k.Target, k.Achieved, k.ReferenceShare, panel.PublishedUtc, context.ProcessUrl(p, "panel"),
            })));
}
