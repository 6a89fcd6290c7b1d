using Portal.Search.Indexing;

namespace Portal.Search.Querying;

/// <summary>French labels of result types and facet names, and the query parameter of each facet.</summary>
public static class SearchLabels
{
    public static string Type(string key) => SearchTypes.Labels.GetValueOrDefault(key, key);

    public static string FacetParameter(string field) => field switch
    {
        SearchFields.Type => "type",
        SearchFields.ProcessSlug => "demarche",
        SearchFields.Organisation => "organisation",
        SearchFields.Organiser => "organisateur",
        SearchFields.Theme => "theme",
        SearchFields.Decision => "decision",
        SearchFields.FollowUpStatus => "suivi",
        SearchFields.Year => "annee",
        _ => field,
    };

    public static string FacetTitle(string field) => field switch
    {
        SearchFields.Type => "Type",
        SearchFields.ProcessSlug => "Démarche",
        SearchFields.Organisation => "Organisation",
        SearchFields.Organiser => "Organisateur",
        SearchFields.Theme => "Thème",
        SearchFields.Decision => "Décision",
        SearchFields.FollowUpStatus => "Statut de suivi",
        SearchFields.Year => "Année",
        _ => field,
    };
}
