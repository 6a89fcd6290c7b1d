namespace Portal.Admin;

/// <summary>French names of content types for titles and lists.</summary>
public static class ContentTypeLabels
{
    public static string For(string type) => type switch
    {
        "Demarche" => "démarche",
        "FicheIdentite" => "fiche d'identité",
        "MandatParticipation" => "mandat de participation",
        "PanelComposition" => "composition du panel",
        "Intervenant" => "intervenant",
        "AvisCitoyens" => "avis des citoyens",
        "Proposition" => "proposition",
        "ReponseMotivee" => "réponse motivée",
        "Suivi" => "suivi",
        "Evaluation" => "évaluation",
        "Page" => "page",
        "PublicationTirage" => "publication du tirage au sort",
        _ => type,
    };

    /// <summary>The name at the start of a line or a title: « Mandat de participation ».</summary>
    public static string Capitalized(string type)
    {
        var label = For(type);
        return label.Length == 0 ? label : char.ToUpper(label[0], Portal.Core.Text.French.Culture) + label[1..];
    }
}
